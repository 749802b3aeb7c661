// H5P activities on a lesson page. Each player loads only when the learner starts it, inside
// <iframe sandbox="allow-scripts"> (an opaque origin: package code cannot reach this page,
// its cookies or the site as the learner). The frame reports by postMessage; this page checks
// that a message comes from one of its own frames and has the expected shape, then posts it
// with the learner's session and CSRF token. Statements get their id here, so that retries
// after a failure (weak connections) are recognised by the server as the same statement.
//
// Resume state follows the xAPI State API: the page reads the saved state's ETag when the
// activity starts and sends it back as If-Match with each save (If-None-Match: * while nothing is
// saved), one save at a time, each taking the ETag of the one before. A 412 means another tab or
// device saved since: if what is saved now is one of this page's own saves (its answer was lost),
// the page carries on; otherwise it keeps its state and asks the learner which progress to keep,
// rather than overwrite the other one or drop its own without a word.
(function () {
  "use strict";

  var SENT_VERBS = ["answered", "completed", "passed", "failed", "mastered", "scored"];
  var RETRY_SECONDS = [2, 5, 15, 30, 60, 120];
  // A 429 asking for a longer wait than this is the daily cap: retrying while the page is open is pointless.
  var LONGEST_RETRY_SECONDS = 300;
  var SENT_STATES_KEPT = 3;
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
  function post(activity, url, body, keepalive, extraHeaders) {
    var headers = {
      "Content-Type": "application/json",
      "Accept": "application/json",
      "X-CSRFToken": activity.section.dataset.csrf
    };
    Object.keys(extraHeaders || {}).forEach(function (name) { headers[name] = extraHeaders[name]; });
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: Boolean(keepalive),
      headers: headers,
      body: JSON.stringify(body)
    });
  }

  // The best score and pass above the player, as the server now has them: its sentences, in the learner's
  // language, put in place as they are (the status line below the player says what just happened).
  function showResult(activity, result) {
    var line = activity.section.querySelector("[data-h5p-result]");
    if (!line || !result || typeof result.passed_text !== "string") return;
    var verdict = document.createElement("strong");
    verdict.textContent = result.passed_text;
    line.replaceChildren();
    if (result.best_score_text) line.append(result.best_score_text + " ");
    line.append(verdict);
    line.classList.toggle("quiz__result--pass", Boolean(result.passed));
    line.classList.toggle("quiz__result--fail", !result.passed);
    line.hidden = false;
  }

  function sendStatement(activity, statement, attempt) {
    post(activity, activity.section.dataset.statementsUrl, statement).then(function (response) {
      var wait = Number(response.headers.get("Retry-After")) || 0;
      if (response.status >= 500 || (response.status === 429 && wait <= LONGEST_RETRY_SECONDS)) {
        throw new Error("retry");
      }
      return response.json().then(function (data) {
        if (!response.ok) {
          setStatus(activity, (data && data.error) || activity.section.dataset.refusedText);
          return;
        }
        if (data.message) setStatus(activity, data.message);
        if (data.passed) activity.section.classList.add("h5p-activity--passed");
        showResult(activity, data.result);
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

  // The ETag the server will give this state: a quoted SHA-256 of its UTF-8 text (null where the
  // browser has no Web Crypto, as on plain http; then only the server's answers are used).
  function etagOf(state) {
    if (!window.crypto || !crypto.subtle || !window.TextEncoder) return Promise.resolve(null);
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(state)).then(function (digest) {
      var hex = Array.prototype.map.call(new Uint8Array(digest), function (b) { return (b + 256).toString(16).slice(1); });
      return '"' + hex.join("") + '"';
    }, function () { return null; });
  }

  function preconditions(tags) {
    tags = tags.filter(Boolean);
    return tags.length ? { "If-Match": tags.join(", ") } : { "If-None-Match": "*" };
  }

  // Reads the saved state and remembers its ETag (none while nothing is saved).
  function loadState(activity) {
    return fetch(activity.section.dataset.stateUrl, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) throw new Error("state " + response.status);
      return response.json().then(function (data) {
        activity.etag = response.headers.get("ETag");
        activity.etagKnown = true;
        return data.state;
      });
    });
  }

  function scheduleSave(activity, seconds) {
    if (!activity.stateTimer) activity.stateTimer = setTimeout(function () { saveState(activity); }, seconds * 1000);
  }

  function showConflict(activity, shown) {
    activity.conflict = shown;
    if (activity.conflictBox) activity.conflictBox.hidden = !shown;
  }

  // After a 412: the page's own earlier save may have landed with its answer lost; otherwise someone else saved.
  function resolveConflict(activity, state) {
    return loadState(activity).then(function (current) {
      if (activity.pendingState === null) activity.pendingState = state;
      // (No state at all: it was deleted; the next save simply creates it again.)
      if (current !== null && activity.sentStates.indexOf(current) === -1) showConflict(activity, true);
    });
  }

  function saveState(activity) {
    activity.stateTimer = null;
    var state = activity.pendingState;
    // One save at a time (the next one needs this one's ETag); none while the learner decides a conflict.
    if (state === null || activity.saving || activity.conflict) return;
    activity.saving = true;
    var ready = activity.etagKnown ? Promise.resolve() : loadState(activity);
    ready.then(function () {
      // The newest state, if more came while the ETag was read (or none, if leaving the page sent it).
      state = activity.pendingState;
      if (state === null) return null;
      activity.pendingState = null;
      activity.sentStates = [state].concat(activity.sentStates.filter(function (sent) { return sent !== state; }))
        .slice(0, SENT_STATES_KEPT);
      return etagOf(state).then(function (expected) {
        activity.inFlight = expected;
        return post(activity, activity.section.dataset.stateUrl, { state: state }, false, preconditions([activity.etag]));
      });
    }).then(function (response) {
      if (response === null) return;
      if (response.status === 412 || response.status === 409) return resolveConflict(activity, state);
      if (response.status >= 500 || response.status === 429) throw new Error("retry");
      // Any other refusal (too large, no longer enrolled) would be refused again: this state is dropped.
      // Queued offline (202, no ETag), it will get the ETag computed for it once it is sent.
      if (response.ok) activity.etag = response.headers.get("ETag") || activity.inFlight;
    }).catch(function () {
      if (activity.pendingState === null && state !== null) activity.pendingState = state;
      scheduleSave(activity, 15);
    }).then(function () {
      activity.saving = false;
      activity.inFlight = null;
      if (activity.pendingState !== null) scheduleSave(activity, 2);
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
    } else if (data.type === "kept" && activity.offline && !activity.etagKnown) {
      // Offline, the state the kept player starts from (saved when the course was downloaded) stands for the
      // one on the server: saves are queued with its ETag, and the server refuses them if it changed since.
      var kept = typeof data.state === "string" ? data.state : null;
      (kept === null ? Promise.resolve(null) : etagOf(kept)).then(function (tag) {
        if (kept !== null && tag === null) return;
        activity.etag = tag;
        activity.etagKnown = true;
      });
    } else if (data.type === "state" && typeof data.state === "string" && data.state.length < 250000) {
      activity.pendingState = data.state;
      scheduleSave(activity, 2);
    }
  }

  // Where a course download keeps this activity (courses/h5p/offline.py): named after the lesson and the block,
  // which the statements address names too.
  function keptUrl(activity) {
    var match = /\/lessons\/(\d+)\/activities\/([^/]+)\/statements\/$/.exec(activity.section.dataset.statementsUrl);
    return match ? "/h5p/kept/" + match[1] + "/" + match[2] + "/" : null;
  }

  // Offline, the player cannot come from the server: the kept host page plays it from the download, if the
  // course was downloaded with it (the service worker answers only from this learner's own download).
  function offlineSource(activity) {
    var url = keptUrl(activity);
    if (!url) return Promise.reject(new Error("no kept address"));
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("not kept");
      return url;
    });
  }

  function showNeedsConnection(activity, button) {
    var note = document.createElement("p");
    note.className = "notice";
    note.setAttribute("data-h5p-needs-connection", "");
    note.textContent = activity.section.dataset.offlineText;
    button.parentNode.replaceChildren(note);
    setStatus(activity, "");
  }

  // Players start one after another: the next frame is added once the previous one is ready.
  function start(activity, button) {
    button.disabled = true;
    setStatus(activity, activity.section.dataset.loadingText);
    var offline = navigator.onLine === false;
    activity.offline = offline;
    // The ETag of the state the frame starts from; if this fails, the first save reads it again.
    if (!offline) loadState(activity).catch(function () {});
    startQueue = startQueue.then(function () {
      return (offline ? offlineSource(activity) : Promise.resolve(null)).then(function (kept) {
        return new Promise(function (resolve) {
          activity.ready = resolve;
          setTimeout(resolve, 30000);
          var frame = document.createElement("iframe");
          if (kept) {
            // The host is our own page (same origin, no package code); it sandboxes the player itself.
            frame.src = kept;
          } else {
            frame.setAttribute("sandbox", "allow-scripts");
            frame.src = activity.section.dataset.frameUrl;
          }
          frame.setAttribute("referrerpolicy", "no-referrer");
          frame.title = activity.section.dataset.frameTitle;
          frame.className = "h5p-activity__frame";
          activity.frame = frame;
          button.parentNode.replaceChildren(frame);
        });
      }, function () {
        showNeedsConnection(activity, button);
      });
    });
  }

  // On leaving the page, the last state goes out at once. A save still on its way may land first or not:
  // If-Match names both the current ETag and the one that save will produce, so either way this one applies.
  function flushStates() {
    activities.forEach(function (activity) {
      if (activity.pendingState === null || activity.conflict || !activity.etagKnown) return;
      var headers = preconditions([activity.etag, activity.inFlight]);
      post(activity, activity.section.dataset.stateUrl, { state: activity.pendingState }, true, headers);
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
      stateTimer: null,
      etag: null,
      etagKnown: false,
      saving: false,
      inFlight: null,
      sentStates: [],
      conflict: false,
      offline: false,
      conflictBox: section.querySelector("[data-h5p-conflict]")
    };
    activities.push(activity);
    var button = section.querySelector("[data-h5p-start]");
    button.addEventListener("click", function () { start(activity, button); });
    if (activity.conflictBox) {
      // Keep this page's progress: save it over the other one, whose ETag the conflict check just read.
      activity.conflictBox.querySelector("[data-h5p-keep]").addEventListener("click", function () {
        showConflict(activity, false);
        saveState(activity);
      });
      // Or continue from the other one: the reloaded frame starts from it (nothing is flushed in a conflict).
      activity.conflictBox.querySelector("[data-h5p-reload]").addEventListener("click", function () {
        window.location.reload();
      });
    }
  });
  window.addEventListener("message", onMessage);
  window.addEventListener("pagehide", flushStates);
})();
