/*
 * Ärendehistorik: draws the BPMN diagram of the exact process version a run used, with bpmn-js's navigated viewer,
 * and marks the path the run took (done steps, where it stands now, flows taken). The data comes from the page
 * (<script type="application/json">), the diagram from the Kasus API; nothing is written anywhere.
 */
(function () {
  'use strict';

  var canvasElement = document.getElementById('replay-canvas');
  var dataElement = document.getElementById('replay-data');
  var statusElement = document.getElementById('diagram-status');
  var titleElement = document.getElementById('diagram-title');
  if (!canvasElement || !dataElement) {
    return;
  }
  var processes = JSON.parse(dataElement.textContent).processes || [];
  var buttons = Array.prototype.slice.call(document.querySelectorAll('[data-diagram]'));
  if (!window.BpmnJS) {
    say('Diagrammet kunde inte visas. Tidslinjen nedan visar hela förloppet.');
    return;
  }
  var viewer = new window.BpmnJS({ container: canvasElement });
  var MARKERS = { done: 'replay-done', active: 'replay-active', canceled: 'replay-canceled', taken: 'replay-taken' };

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      show(find(button.getAttribute('data-diagram')), true);
    });
  });
  if (processes.length > 0) {
    show(processes[0], false);
  } else {
    say('Ärendet har inga processer.');
  }

  function find(id) {
    return processes.filter(function (p) { return p.id === id; })[0];
  }

  function show(process, moveFocus) {
    if (!process) {
      return;
    }
    canvasElement.removeAttribute('data-rendered');
    say('Diagrammet laddas …');
    var url = canvasElement.getAttribute('data-diagram-base') + encodeURIComponent(process.id) + '/diagram';
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/xml' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (xml) {
      return viewer.importXML(xml);
    }).then(function () {
      var marked = mark(process);
      viewer.get('canvas').zoom('fit-viewport', 'auto');
      titleElement.textContent = process.name + ', version ' + process.version;
      say(marked + ' steg och flöden markerade.');
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-diagram') === process.id)); });
      canvasElement.setAttribute('data-rendered', process.id);
      if (moveFocus) {
        canvasElement.focus();
      }
    }).catch(function () {
      say('Diagrammet kunde inte visas. Tidslinjen nedan visar hela förloppet.');
    });
  }

  /** Adds the markers for one run; an id the diagram does not have (an older run's element) is skipped. */
  function mark(process) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    var count = 0;
    Object.keys(MARKERS).forEach(function (key) {
      (process[key] || []).forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, MARKERS[key]);
          count++;
        }
      });
    });
    return count;
  }

  function say(text) {
    if (statusElement) {
      statusElement.textContent = text;
    }
  }
})();
