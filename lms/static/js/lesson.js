// Lesson page behaviour, kept tiny for weak connections: accessible tabs for
// context-variant blocks, and videos that load only when the learner asks.
(function () {
  "use strict";

  function setUpTabs(section) {
    var tablist = section.querySelector("[role=tablist]");
    var tabs = Array.prototype.slice.call(section.querySelectorAll("[role=tab]"));
    var panels = section.querySelectorAll("[role=tabpanel]");
    if (!tablist || !tabs.length) return;

    function select(name, focus) {
      tabs.forEach(function (tab) {
        var selected = tab.dataset.tab === name;
        tab.setAttribute("aria-selected", selected ? "true" : "false");
        tab.tabIndex = selected ? 0 : -1;
        if (selected && focus) tab.focus();
      });
      Array.prototype.forEach.call(panels, function (panel) {
        panel.hidden = panel.dataset.panel !== name;
      });
    }

    tablist.hidden = false;
    section.classList.add("tabs-ready");
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () { select(tab.dataset.tab, false); });
      tab.addEventListener("keydown", function (event) {
        // Arrow keys follow the reading direction: in RTL, "next" is to the left.
        var rtl = getComputedStyle(section).direction === "rtl";
        var step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
        if (event.key === "Home") step = -index;
        if (event.key === "End") step = tabs.length - 1 - index;
        if (step === undefined) return;
        event.preventDefault();
        var next = tabs[(index + step + tabs.length) % tabs.length];
        select(next.dataset.tab, true);
      });
    });
    var wanted = section.dataset.defaultTab;
    select(tabs.some(function (t) { return t.dataset.tab === wanted; }) ? wanted : tabs[0].dataset.tab, false);
  }

  function setUpVideo(frame) {
    var button = frame.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var player;
      if (frame.dataset.videoSrc) {
        player = document.createElement("video");
        player.controls = true;
        player.autoplay = true;
        player.preload = "auto";
        var source = document.createElement("source");
        source.src = frame.dataset.videoSrc;
        source.type = frame.dataset.videoType;
        player.appendChild(source);
      } else {
        player = document.createElement("iframe");
        player.src = frame.dataset.videoEmbed;
        player.allow = "autoplay; encrypted-media; picture-in-picture";
        player.allowFullscreen = true;
        player.referrerPolicy = "strict-origin-when-cross-origin";
      }
      player.title = frame.dataset.videoTitle || "";
      frame.replaceChildren(player);
      player.focus();
    });
  }

  // Reflections save themselves a moment after the learner stops typing; the button still works without JS.
  function setUpAutosave(form) {
    var status = form.querySelector("[data-autosave-status]");
    var timer = null;
    function save() {
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "fetch", "Accept": "application/json" },
        credentials: "same-origin"
      }).then(function (response) {
        status.textContent = response.ok ? form.dataset.savedText : form.dataset.failedText;
      }).catch(function () {
        status.textContent = form.dataset.failedText;
      });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(save, 1500);
    });
  }

  document.querySelectorAll("[data-tabs]").forEach(setUpTabs);
  document.querySelectorAll("form[data-autosave]").forEach(setUpAutosave);
  document.querySelectorAll("[data-video-embed], [data-video-src]").forEach(setUpVideo);
})();
