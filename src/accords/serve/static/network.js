// The network page: parties as nodes, agreements as edges, drawn by Cytoscape.js (served from node_modules).
(function () {
  const box = document.getElementById("cy");
  if (!box || typeof cytoscape === "undefined") return;
  const colours = { signed: "#4caf72", planned: "#f2c14e", discussed: "#9c89d9", terminated: "#d9534f", approved: "#4aa3df" };
  fetch(box.dataset.api).then((r) => r.json()).then((data) => {
    const elements = [];
    (data.nodes || []).forEach((n) => elements.push({ data: { id: n.id, label: n.label, weight: n.agreements, type: n.type } }));
    (data.edges || []).forEach((e) => elements.push({ data: { id: e.id, source: e.source, target: e.target, status: e.status, agreement: e.agreement, label: e.label } }));
    document.getElementById("network-count").textContent = `${(data.nodes || []).length} parties, ${(data.edges || []).length} links`;
    const cy = cytoscape({
      container: box,
      elements: elements,
      layout: { name: "cose", animate: false, nodeRepulsion: 9000 },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#0b5cad",
          width: "mapData(weight, 1, 20, 14, 48)", height: "mapData(weight, 1, 20, 14, 48)", color: "#1d2733" } },
        { selector: "edge", style: { width: 2, "curve-style": "bezier", "line-color": (e) => colours[e.data("status")] || "#999", opacity: 0.8 } },
      ],
    });
    cy.on("tap", "edge", (evt) => { window.location.href = "/agreements/" + evt.target.data("agreement"); });
    window.accordsGraph = cy;
  });
})();
