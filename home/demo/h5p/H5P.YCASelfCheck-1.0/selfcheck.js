/*
 * H5P.YCASelfCheck 1.0: written for Young Cities Academy (our own code, no third-party parts).
 *
 * One short scenario and two to four choices, one of them right, each with its own feedback.
 * "Check" sends an xAPI "answered" statement scored 1/1 or 0/1 through H5P core's own API
 * (createXAPIEventTemplate + setScoredResult), which is what the lesson page counts. The chosen
 * option is the resume state (getCurrentState / extras.previousState). Every text, the buttons
 * included, comes from content.json, so one package per language is fully translated.
 * Plain DOM only: texts are set with textContent, never parsed as HTML.
 */
var H5P = H5P || {};

H5P.YCASelfCheck = (function () {
  "use strict";

  var RTL_LANGUAGES = ["ar", "fa", "he", "ur"];
  var DEFAULT_L10N = {
    check: "Check",
    retry: "Try again",
    correct: "Correct.",
    incorrect: "Not the best answer.",
    chooseFirst: "Choose an answer first."
  };
  var counter = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // H5P core parses the saved state before handing it over; accept a string as well, to be safe.
  function readState(state) {
    if (typeof state === "string") {
      try { state = JSON.parse(state); } catch (error) { return null; }
    }
    return state && typeof state === "object" ? state : null;
  }

  function SelfCheck(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    params = params || {};
    this.contentId = contentId;
    this.language = params.language || "";
    this.scenario = params.scenario || "";
    this.question = params.question || "";
    this.choices = (params.choices || []).slice(0, 4);
    this.l10n = {};
    for (var key in DEFAULT_L10N) {
      this.l10n[key] = (params.l10n && params.l10n[key]) || DEFAULT_L10N[key];
    }
    this.metadataTitle = (extras && extras.metadata && extras.metadata.title) || "";
    this.name = "yca-selfcheck-" + (++counter);
    this.chosen = null;
    this.checked = false;
    var state = readState(extras && extras.previousState);
    if (state && typeof state.choice === "number" && this.choices[state.choice]) {
      this.chosen = state.choice;
      this.checked = state.checked === true;
    }
  }

  SelfCheck.prototype = Object.create(H5P.EventDispatcher.prototype);
  SelfCheck.prototype.constructor = SelfCheck;

  SelfCheck.prototype.attach = function ($container) {
    var self = this;
    var host = $container.get ? $container.get(0) : $container;
    var root = element("div", "yca-selfcheck");
    if (this.language) {
      root.lang = this.language;
      root.dir = RTL_LANGUAGES.indexOf(this.language.split("-")[0]) === -1 ? "ltr" : "rtl";
    } else {
      root.dir = "auto";
    }
    if (this.scenario) root.appendChild(element("p", "yca-selfcheck__scenario", this.scenario));

    var fieldset = element("fieldset", "yca-selfcheck__choices");
    fieldset.appendChild(element("legend", "yca-selfcheck__question", this.question));
    this.rows = [];
    this.inputs = this.choices.map(function (choice, index) {
      var row = element("div", "yca-selfcheck__choice");
      var input = element("input");
      input.type = "radio";
      input.name = self.name;
      input.id = self.name + "-" + index;
      input.value = String(index);
      input.checked = index === self.chosen;
      input.addEventListener("change", function () {
        self.chosen = index;
        self.setFeedback("", "");
      });
      var label = element("label", "", choice.text);
      label.htmlFor = input.id;
      row.appendChild(input);
      row.appendChild(label);
      fieldset.appendChild(row);
      self.rows.push(row);
      return input;
    });
    root.appendChild(fieldset);

    var actions = element("div", "yca-selfcheck__actions");
    this.checkButton = element("button", "yca-selfcheck__button", this.l10n.check);
    this.checkButton.type = "button";
    this.checkButton.addEventListener("click", function () { self.check(); });
    this.retryButton = element("button", "yca-selfcheck__button yca-selfcheck__button--secondary", this.l10n.retry);
    this.retryButton.type = "button";
    this.retryButton.hidden = true;
    this.retryButton.addEventListener("click", function () { self.resetTask(); });
    actions.appendChild(this.checkButton);
    actions.appendChild(this.retryButton);
    root.appendChild(actions);

    this.feedback = element("p", "yca-selfcheck__feedback");
    this.feedback.setAttribute("role", "status");
    root.appendChild(this.feedback);

    host.replaceChildren(root);
    // A resumed, already checked answer is shown again but not sent again: it was sent when checked.
    if (this.checked) this.showResult();
    this.trigger("resize");
  };

  SelfCheck.prototype.setFeedback = function (text, kind) {
    this.feedback.textContent = text;
    this.feedback.className = "yca-selfcheck__feedback" + (kind ? " yca-selfcheck__feedback--" + kind : "");
  };

  SelfCheck.prototype.isCorrect = function () {
    return this.chosen !== null && this.choices[this.chosen].correct === true;
  };

  SelfCheck.prototype.showResult = function () {
    var correct = this.isCorrect();
    var chosen = this.choices[this.chosen];
    this.inputs.forEach(function (input) { input.disabled = true; });
    this.rows[this.chosen].classList.add(correct ? "yca-selfcheck__choice--correct" : "yca-selfcheck__choice--incorrect");
    var verdict = correct ? this.l10n.correct : this.l10n.incorrect;
    this.setFeedback(chosen.feedback ? verdict + " " + chosen.feedback : verdict, correct ? "correct" : "incorrect");
    this.checkButton.hidden = true;
    this.retryButton.hidden = false;
  };

  SelfCheck.prototype.check = function () {
    if (this.chosen === null) {
      this.setFeedback(this.l10n.chooseFirst, "");
      if (this.inputs[0]) this.inputs[0].focus();
      return;
    }
    this.checked = true;
    this.showResult();
    // The check button is now hidden: keep keyboard focus on the page, on the way to try again.
    this.retryButton.focus();
    this.trigger(this.answeredEvent());
    this.trigger("resize");
  };

  // An xAPI "choice" interaction, scored with core's setScoredResult (score, max, instance, completion, success).
  SelfCheck.prototype.answeredEvent = function () {
    var event = this.createXAPIEventTemplate("answered");
    var language = this.language || "en-US";
    var definition = event.data.statement.object.definition;
    definition.type = "http://adlnet.gov/expapi/activities/cmi.interaction";
    definition.interactionType = "choice";
    definition.description = {};
    definition.description[language] = this.question;
    definition.choices = this.choices.map(function (choice, index) {
      var description = {};
      description[language] = choice.text;
      return { id: String(index), description: description };
    });
    definition.correctResponsesPattern = this.choices
      .map(function (choice, index) { return choice.correct === true ? String(index) : null; })
      .filter(function (pattern) { return pattern !== null; });
    var correct = this.isCorrect();
    event.setScoredResult(correct ? 1 : 0, 1, this, true, correct);
    event.data.statement.result.response = String(this.chosen);
    return event;
  };

  SelfCheck.prototype.resetTask = function () {
    this.checked = false;
    this.chosen = null;
    this.inputs.forEach(function (input) {
      input.disabled = false;
      input.checked = false;
    });
    this.rows.forEach(function (row) {
      row.classList.remove("yca-selfcheck__choice--correct", "yca-selfcheck__choice--incorrect");
    });
    this.setFeedback("", "");
    this.retryButton.hidden = true;
    this.checkButton.hidden = false;
    if (this.inputs[0]) this.inputs[0].focus();
    this.trigger("resize");
  };

  SelfCheck.prototype.getCurrentState = function () {
    return { choice: this.chosen, checked: this.checked };
  };

  SelfCheck.prototype.getAnswerGiven = function () {
    return this.checked;
  };

  SelfCheck.prototype.getScore = function () {
    return this.checked && this.isCorrect() ? 1 : 0;
  };

  SelfCheck.prototype.getMaxScore = function () {
    return 1;
  };

  SelfCheck.prototype.getTitle = function () {
    return H5P.createTitle(this.metadataTitle || this.question);
  };

  return SelfCheck;
})();
