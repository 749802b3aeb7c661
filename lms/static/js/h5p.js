// H5P activities on a lesson page. Each player loads only when the learner starts it, inside
// <iframe sandbox="allow-scripts"> (an opaque origin: package code cannot reach this page,
// its cookies or the site as the learner). The frame reports by postMessage; this page checks
// that a message comes from one of its own frames and has the expected shape, then posts it
// with the learner's session and CSRF token. Statements get their id here, so that retries
// after a failure (weak connections) are recognised by the server as the same statement.
(function () {
  "use strict";

  var SENT_VERBS = ["answered", "completed", "passed", "failed", "mastered", "scored"];
  var RETRY_SECONDS = [2, 5, 15, 30, 60, 120];
  var activities = [];
  var startQueue = Promise.resolve();

  function uuid4() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function setStatus(activity, text) {
    activity.status.textContent = text || "";
  }

  // keepalive lets a save started while the page is being left still reach the server.
  function post(activity, url, body, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: Boolean(keepalive),
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRFToken": activity.section.dataset.csrf
      },
      body: JSON.stringify(body)
    });
  }

  function sendStatement(activity, statement, attempt) {
    post(activity, activity.section.dataset.statementsUrl, statement).then(function (response) {
      if (response.status >= 500 || response.status === 429) throw new Error("retry");
      return response.json().then(function (data) {
        if (!response.ok) {
          setStatus(activity, (data && data.error) || activity.section.dataset.refusedText);
          return;
        }
        if (data.message) setStatus(activity, data.message);
        if (data.passed) activity.section.classList.add("h5p-activity--passed");
        var completion = document.querySelector(".lesson-completion");
        if (data.lesson_completed && completion) {
          // Said once, where the lesson's completion is shown, instead of twice.
          var done = document.createElement("p");
          done.className = "done";
          done.setAttribute("role", "status");
          done.textContent = "✓ " + data.message;
          completion.replaceChildren(done);
          setStatus(activity, "");
        }
      });
    }).catch(function () {
      // Network errors and server trouble: try again later with the same statement id.
      setStatus(activity, activity.section.dataset.failedText);
      var delay = RETRY_SECONDS[Math.min(attempt, RETRY_SECONDS.length - 1)];
      setTimeout(function () { sendStatement(activity, statement, attempt + 1); }, delay * 1000);
    });
  }

  function saveState(activity) {
    activity.stateTimer = null;
    var state = activity.pendingState;
    if (state === null) return;
    activity.pendingState = null;
    post(activity, activity.section.dataset.stateUrl, { state: state }).then(function (response) {
      if (response.status >= 500 || response.status === 429) throw new Error("retry");
    }).catch(function () {
      if (activity.pendingState === null) activity.pendingState = state;
      activity.stateTimer = setTimeout(function () { saveState(activity); }, 15000);
    });
  }

  function isStatement(value) {
    return value && typeof value === "object" && value.verb && typeof value.verb.id === "string" &&
      value.object && typeof value.object.id === "string";
  }

  function onMessage(event) {
    var activity = activities.find(function (item) { return item.frame && item.frame.contentWindow === event.source; });
    var data = event.data;
    if (!activity || !data || typeof data !== "object" || data.source !== "yca-h5p") return;
    if (data.type === "ready") {
      setStatus(activity, "");
      activity.ready();
    } else if (data.type === "error") {
      setStatus(activity, activity.section.dataset.errorText);
      activity.ready();
    } else if (data.type === "resize" && typeof data.height === "number" && isFinite(data.height)) {
      activity.frame.style.blockSize = Math.max(120, Math.min(Math.round(data.height), 6000)) + "px";
    } else if (data.type === "xapi" && isStatement(data.statement)) {
      var verb = data.statement.verb.id.split("/").pop();
      if (SENT_VERBS.indexOf(verb) === -1) return;
      var statement = data.statement;
      statement.id = uuid4();
      sendStatement(activity, statement, 0);
    } else if (data.type === "state" && typeof data.state === "string" && data.state.length < 250000) {
      activity.pendingState = data.state;
      if (!activity.stateTimer) activity.stateTimer = setTimeout(function () { saveState(activity); }, 2000);
    }
  }

  // Players start one after another: the next frame is added once the previous one is ready.
  function start(activity, button) {
    button.disabled = true;
    setStatus(activity, activity.section.dataset.loadingText);
    startQueue = startQueue.then(function () {
      return new Promise(function (resolve) {
        activity.ready = resolve;
        setTimeout(resolve, 30000);
        var frame = document.createElement("iframe");
        frame.setAttribute("sandbox", "allow-scripts");
        frame.setAttribute("referrerpolicy", "no-referrer");
        frame.title = activity.section.dataset.frameTitle;
        frame.className = "h5p-activity__frame";
        frame.src = activity.section.dataset.frameUrl;
        activity.frame = frame;
        button.parentNode.replaceChildren(frame);
      });
    });
  }

  function flushStates() {
    activities.forEach(function (activity) {
      if (activity.pendingState === null) return;
      post(activity, activity.section.dataset.stateUrl, { state: activity.pendingState }, true);
      activity.pendingState = null;
    });
  }

  document.querySelectorAll("[data-h5p-activity]").forEach(function (section) {
    var activity = {
      section: section,
      status: section.querySelector("[data-h5p-status]"),
      frame: null,
      ready: function () {},
      pendingState: null,
      stateTimer: null
    };
    activities.push(activity);
    var button = section.querySelector("[data-h5p-start]");
    button.addEventListener("click", function () { start(activity, button); });
  });
  window.addEventListener("message", onMessage);
  window.addEventListener("pagehide", flushStates);
})();
