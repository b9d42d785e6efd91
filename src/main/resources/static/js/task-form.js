/*
 * The task screen: renders the task's Camunda Form with form-js, autosaves drafts on the server and completes the
 * task through the JSON API. Drafts live only on the server: nothing is written to localStorage or sessionStorage.
 */
(function () {
  'use strict';

  var AUTOSAVE_DELAY_MS = 1500;

  var container = document.getElementById('task-form');
  var dataElement = document.getElementById('task-form-data');
  var statusElement = document.getElementById('draft-status');
  var errorsElement = document.getElementById('form-errors');
  var completeButton = document.getElementById('complete-button');
  if (!container || !dataElement) {
    return;
  }
  if (!window.FormViewer) {
    showProblem('Formuläret kunde inte laddas', 'Ladda om sidan. Hjälper inte det, kontakta systemförvaltningen.');
    return;
  }

  var page = JSON.parse(dataElement.textContent);
  var fields = collectFields(page.schema.components || [], []);
  var urls = {
    draft: container.getAttribute('data-draft-url'),
    complete: container.getAttribute('data-complete-url'),
    done: container.getAttribute('data-done-url')
  };

  var form = new window.FormViewer.Form({ container: container, additionalModules: [swedishValidationModule()] });
  var state = null;         // the form's latest state, as given by its "changed" event
  var ready = false;
  var lastSaved = null;     // JSON of the values the server has as draft (or was given on load)
  var timer = null;
  var saving = false;
  var completing = false;

  form.on('changed', function (newState) {
    state = newState;
    if (ready && !completing) {
      scheduleSave();
    }
  });

  new MutationObserver(speakSwedish).observe(container, { subtree: true, childList: true, characterData: true });

  form.importSchema(page.schema, page.data).then(function () {
    var loading = container.querySelector('[data-loading]');
    if (loading) {
      loading.remove();
    }
    lastSaved = JSON.stringify(values());
    ready = true;
    completeButton.disabled = false;
  }).catch(function () {
    showProblem('Formuläret kunde inte visas', 'Ladda om sidan. Hjälper inte det, kontakta systemförvaltningen.');
  });

  completeButton.addEventListener('click', complete);
  // Leaving the page with a change not yet saved: send it anyway, the request outlives the page.
  window.addEventListener('pagehide', function () {
    if (timer && !completing) {
      clearTimeout(timer);
      timer = null;
      saveDraft(true);
    }
  });

  // ---- Autosave ---------------------------------------------------------------------------------------------

  function scheduleSave() {
    clearTimeout(timer);
    timer = null;
    if (JSON.stringify(values()) === lastSaved) {
      return;
    }
    timer = setTimeout(function () {
      timer = null;
      saveDraft(false);
    }, AUTOSAVE_DELAY_MS);
  }

  function saveDraft(leavingPage) {
    if (saving && !leavingPage) {
      scheduleSave();
      return;
    }
    var body = JSON.stringify(values());
    saving = true;
    send('PUT', urls.draft, body, leavingPage).then(function (response) {
      saving = false;
      if (completing) {
        return;
      }
      if (succeeded(response)) {
        lastSaved = body;
        setStatus('Utkast sparat ' + clock());
        scheduleSave(); // something changed while saving
      } else {
        return problemOf(response).then(function (problem) {
          setStatus('Utkastet kunde inte sparas: ' + problem.title);
        });
      }
    }).catch(function () {
      saving = false;
      if (!completing) {
        setStatus('Utkastet kunde inte sparas. Kontrollera nätverket; vi försöker igen när du ändrar något.');
      }
    });
  }

  function setStatus(text) {
    statusElement.textContent = text;
  }

  /** The values of the form's own fields, nothing of the data it was given to display. */
  function values() {
    var data = (state && state.data) || {};
    var result = {};
    fields.forEach(function (field) {
      var value = getPath(data, field.path);
      if (value !== undefined) {
        setPath(result, field.path, value);
      }
    });
    return result;
  }

  // ---- Complete ---------------------------------------------------------------------------------------------

  function complete() {
    if (completing || !ready) {
      return;
    }
    hideErrors();
    var result = form.submit();
    var clientErrors = flattenErrors(result.errors);
    if (clientErrors.length) {
      showFieldErrors(clientErrors, false);
      return;
    }
    completing = true;
    clearTimeout(timer);
    timer = null;
    completeButton.disabled = true;
    completeButton.setAttribute('aria-busy', 'true');
    setStatus('Slutför …');
    send('POST', urls.complete, JSON.stringify(result.data), false).then(function (response) {
      if (succeeded(response)) {
        window.location.assign(urls.done);
        return;
      }
      return problemOf(response).then(function (problem) {
        reopen();
        if (response.status === 400 && problem.errors.length) {
          showFieldErrors(problem.errors.map(serverError), true);
        } else {
          showProblem('Uppgiften kunde inte slutföras', problem.title);
        }
      });
    }).catch(function () {
      reopen();
      showProblem('Uppgiften kunde inte slutföras', 'Servern svarar inte. Kontrollera nätverket och försök igen.');
    });
  }

  function reopen() {
    completing = false;
    completeButton.disabled = false;
    completeButton.removeAttribute('aria-busy');
    setStatus('');
  }

  function serverError(error) {
    var field = fields.filter(function (f) { return f.key === error.field; })[0];
    return {
      fieldId: field ? field.id : null,
      label: error.label || (field ? field.label : ''),
      message: error.message
    };
  }

  // ---- Messages ---------------------------------------------------------------------------------------------

  /** A list at the top (focused, linking to each field) and, where the field is known, the message beside it. */
  function showFieldErrors(errors, fromServer) {
    errorsElement.replaceChildren();
    var heading = document.createElement('h2');
    heading.textContent = fromServer ? 'Uppgiften kunde inte slutföras. Rätta följande:' : 'Rätta följande innan du slutför:';
    var list = document.createElement('ul');
    errors.forEach(function (error) {
      var item = document.createElement('li');
      var text = (error.label ? error.label + ': ' : '') + error.message;
      var target = error.fieldId && fieldElement(error.fieldId);
      if (target) {
        var link = document.createElement('a');
        link.href = '#' + target.id;
        link.textContent = text;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: 'center' });
        });
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
    errorsElement.append(heading, list);
    if (fromServer) {
      markFields(errors);
    }
    reveal();
  }

  function showProblem(title, text) {
    errorsElement.replaceChildren();
    var heading = document.createElement('h2');
    heading.textContent = title;
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    errorsElement.append(heading, paragraph);
    reveal();
  }

  function reveal() {
    errorsElement.hidden = false;
    errorsElement.focus();
    errorsElement.scrollIntoView({ block: 'start' });
  }

  function hideErrors() {
    errorsElement.hidden = true;
    errorsElement.replaceChildren();
  }

  /**
   * Shows the server's messages beside the fields, the way form-js shows its own. form-js has no public call for
   * this; if its internals change, the list at the top still carries every message.
   */
  function markFields(errors) {
    if (typeof form._setState !== 'function') {
      return;
    }
    var byField = {};
    errors.forEach(function (error) {
      if (error.fieldId) {
        (byField[error.fieldId] = byField[error.fieldId] || []).push(error.message);
      }
    });
    try {
      form._setState({ errors: byField });
    } catch (e) {
      /* the list at the top is enough */
    }
  }

  function fieldElement(fieldId) {
    var domId = 'fjs-form-' + form._id + '-' + fieldId;
    return document.getElementById(domId) || document.getElementById(domId + '-date') ||
      container.querySelector('[id^="' + domId + '"]');
  }

  function flattenErrors(errors) {
    var result = [];
    Object.keys(errors || {}).forEach(function (fieldId) {
      var messages = errors[fieldId];
      if (Array.isArray(messages) && messages.length) {
        var field = fields.filter(function (f) { return f.id === fieldId; })[0];
        result.push({ fieldId: fieldId, label: field ? field.label : '', message: messages[0] });
      }
    });
    return result;
  }

  // ---- HTTP -------------------------------------------------------------------------------------------------

  function send(method, url, body, keepalive) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    var csrfHeader = meta('_csrf_header');
    var csrfToken = meta('_csrf');
    if (csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    return fetch(url, {
      method: method, headers: headers, body: body, credentials: 'same-origin', keepalive: !!keepalive
    });
  }

  /** A login page after a redirect is not a success, whatever its status says. */
  function succeeded(response) {
    return response.ok && !response.redirected;
  }

  /** The API's Swedish error ({status, title, errors}), or a Swedish sentence for whatever else came back. */
  function problemOf(response) {
    var loggedOut = 'Du är inte inloggad längre. Logga in igen i en ny flik och försök sedan igen.';
    var fallback = response.redirected ? loggedOut : {
      400: 'Uppgifterna kunde inte tas emot.',
      401: loggedOut,
      403: 'Du har inte behörighet till detta, eller så har du loggats ut. Ladda om sidan.',
      404: 'Uppgiften finns inte längre.',
      409: 'Uppgiften har ändrats av någon annan. Ladda om sidan.'
    }[response.status] || 'Ett oväntat fel inträffade. Inget sparades.';
    var type = response.headers.get('Content-Type') || '';
    if (response.redirected || type.indexOf('json') < 0) {
      return Promise.resolve({ title: fallback, errors: [] });
    }
    return response.json().then(function (body) {
      return { title: body.title || fallback, errors: Array.isArray(body.errors) ? body.errors : [] };
    }, function () {
      return { title: fallback, errors: [] };
    });
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // ---- Schema helpers ---------------------------------------------------------------------------------------

  /** Keyed fields with their id, key, path and label, also inside groups. */
  function collectFields(components, parentPath) {
    var result = [];
    components.forEach(function (component) {
      var path = parentPath;
      if (component.key) {
        result.push({
          id: component.id,
          key: component.key,
          path: parentPath.concat(component.key.split('.')),
          label: component.label || component.dateLabel || component.timeLabel || component.key
        });
      }
      if (Array.isArray(component.components)) {
        if (component.path) {
          path = parentPath.concat(component.path.split('.'));
        }
        result = result.concat(collectFields(component.components, path));
      }
    });
    return result;
  }

  function getPath(object, path) {
    return path.reduce(function (value, part) {
      return value == null ? undefined : value[part];
    }, object);
  }

  function setPath(object, path, value) {
    var target = object;
    path.slice(0, -1).forEach(function (part) {
      target = target[part] = target[part] || {};
    });
    target[path[path.length - 1]] = value;
  }

  /** Now as HH:MM in the municipality's time zone, like the times the server writes. */
  function clock() {
    var options = { hour: '2-digit', minute: '2-digit' };
    try {
      return new Intl.DateTimeFormat('sv-SE', Object.assign({ timeZone: page.timeZone }, options)).format(new Date());
    } catch (e) {
      return new Intl.DateTimeFormat('sv-SE', options).format(new Date()); // an unknown zone: the browser's own
    }
  }

  // ---- form-js in Swedish ------------------------------------------------------------------------------------

  /**
   * form-js writes a few words of its own in English. Only the text node's data is changed, so form-js (preact)
   * keeps updating the same node when a value is chosen.
   */
  function speakSwedish() {
    var words = { 'Select': 'Välj …', 'No results': 'Inga träffar', 'All values selected': 'Alla värden är valda' };
    container.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach(function (element) {
      var text = element.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && words[text.data]) {
        text.data = words[text.data];
      }
    });
    container.querySelectorAll('input[placeholder="Search"]').forEach(function (input) {
      input.placeholder = 'Sök';
    });
  }

  /** form-js validates in English; this module gives its messages the same Swedish words the server uses. */
  function swedishValidationModule() {
    var rules = [
      [/^Field is required\.$/, function () { return 'Fältet är obligatoriskt.'; }],
      [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Texten måste vara minst ' + m[1] + ' tecken.'; }],
      [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Texten får vara högst ' + m[1] + ' tecken.'; }],
      [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Värdet får inte vara mindre än ' + m[1] + '.'; }],
      [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Värdet får inte vara större än ' + m[1] + '.'; }],
      [/^Value is not a number\.$/, function () { return 'Ange ett tal.'; }],
      [/^Value is expected to be an integer\.$/, function () { return 'Ange ett heltal.'; }],
      [/^Value is expected to have at most (\d+) decimal/, function (m) { return 'Ange högst ' + m[1] + (m[1] === '1' ? ' decimal.' : ' decimaler.'); }],
      [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, function (m) { return 'Välj ett giltigt värde, till exempel ' + m[1] + ' eller ' + m[2] + '.'; }],
      [/^Field must match pattern/, function () { return 'Värdet har fel format.'; }],
      [/^Field must be a valid email\.$/, function () { return 'Ange en giltig e-postadress.'; }],
      [/^Field must be a valid +international phone number/, function () { return 'Ange ett telefonnummer i internationellt format, t.ex. +46701234567.'; }]
    ];

    function swedish(message) {
      for (var i = 0; i < rules.length; i++) {
        var match = rules[i][0].exec(message);
        if (match) {
          return rules[i][1](match);
        }
      }
      return message;
    }

    function SwedishValidation(validator) {
      var original = validator.validateFieldInstance.bind(validator);
      validator.validateFieldInstance = function (instance, value) {
        return original(instance, value).map(swedish);
      };
    }
    SwedishValidation.$inject = ['validator'];

    return { __init__: ['kasusSwedishValidation'], kasusSwedishValidation: ['type', SwedishValidation] };
  }
})();
