// The offline host (courses/h5p/offline.py): a page of ours, with the site's origin, that a downloaded lesson
// frames to play an H5P activity without a connection. It reads the player and the package's files (the
// service worker answers from this learner's download), then starts the player in
// <iframe sandbox="allow-scripts"> from srcdoc, which gets an opaque origin as the online frame does, and hands
// it the files. It passes the player's messages on to the lesson page, checking that they come from its own
// frame and have the expected shape; it never runs or inserts anything the frame sends.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-offline-config").textContent);
  var nonce = document.currentScript.nonce;
  var here = location.origin + location.pathname;
  var contentBase = here + "content/";
  var frame = null;
  // What the player may say (js/h5p-frame.js); "kept" comes from this page only.
  var RELAYED = ["ready", "error", "resize", "xapi", "state"];

  function tellLesson(message) {
    window.parent.postMessage(message, location.origin);
  }

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }

  function read(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(url + " " + response.status);
      return response.blob().then(function (blob) { return { url: new URL(url, location.href).href, blob: blob }; });
    });
  }

  var player = config.player;
  // What the lesson page may send its saves after: the state this copy starts from.
  tellLesson({ source: "yca-h5p", type: "kept", state: player.previousState || null });
  player.h5pJsonPath = contentBase.replace(/\/$/, "");
  player.parentOrigin = location.origin;
  var wanted = config.files.map(function (path) { return contentBase + path; })
    .concat(config.scripts, config.styles, config.extra);

  Promise.all([Promise.all(wanted.map(read)), fetch(config.frameScript).then(function (r) { return r.text(); })])
    .then(function (both) {
      var files = both[0];
      var html = document.documentElement;
      frame = document.createElement("iframe");
      frame.setAttribute("sandbox", "allow-scripts");
      frame.setAttribute("referrerpolicy", "no-referrer");
      frame.title = document.title;
      frame.style.border = "0";
      frame.style.inlineSize = "100%";
      frame.style.blockSize = "100%";
      frame.style.display = "block";
      frame.srcdoc = "<!doctype html><html lang=\"" + escape(html.lang) + "\" dir=\"" + escape(html.dir) + "\"><head>" +
        "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>" + escape(document.title) + "</title>" +
        "<script nonce=\"" + escape(nonce) + "\">" + both[1].replace(/<\/script/gi, "<\\/script") + "</script>" +
        "</head><body><div id=\"h5p-container\"></div></body></html>";
      frame.addEventListener("load", function () {
        frame.contentWindow.postMessage({
          source: "yca-h5p-host", config: player, scripts: config.scripts, styles: config.styles, files: files
        }, "*");
      }, { once: true });
      document.documentElement.style.blockSize = "100%";
      document.body.style.margin = "0";
      document.body.style.blockSize = "100%";
      document.body.appendChild(frame);
    })
    .catch(function (error) {
      console.error("The offline activity could not start:", error);
      tellLesson({ source: "yca-h5p", type: "error" });
    });

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!frame || event.source !== frame.contentWindow || !data || typeof data !== "object") return;
    if (data.source !== "yca-h5p" || RELAYED.indexOf(data.type) === -1) return;
    // A copy of plain data only (no functions or objects that belong to the frame).
    tellLesson(JSON.parse(JSON.stringify(data)));
  });
})();
