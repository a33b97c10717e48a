/**
 * The error overlay over the phone: build failures (lint, compile, config) until a build
 * succeeds, and uncaught runtime errors as Python tracebacks until dismissed or reloaded.
 */

/** @typedef {{path: ?string, line: ?number, column: ?number, code: string, message: string, hint: string}} Problem */

export class Overlay {
  /** @param {HTMLElement} root  An empty element; the overlay fills it when shown. */
  constructor(root) {
    this.root = root;
    this.kind = null; // 'build' | 'runtime' | null
  }

  /** @param {string} text  The build's error as the terminal prints it. @param {Problem[]} problems */
  showBuild(text, problems) {
    this.kind = 'build';
    this.render('Build failed — fix the file and save; the server keeps running', problems.length
      ? problems.map((p) => {
        const where = [p.path, p.line, p.column].filter((v) => v !== null && v !== undefined).join(':');
        return { where, text: `${p.code}: ${p.message}`, hint: p.hint };
      })
      : [{ where: '', text, hint: '' }]);
  }

  /** @param {string} traceback  The Python traceback made by the server. */
  showRuntime(traceback) {
    if (this.kind === 'build') return; // the build error is the one to fix first
    this.kind = 'runtime';
    this.render('Uncaught error in the game', [{ where: '', text: traceback, hint: '' }]);
  }

  hide() {
    this.kind = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  render(title, items) {
    const heading = document.createElement('h2');
    heading.textContent = title;
    const list = document.createElement('div');
    list.className = 'overlay-items';
    for (const item of items) {
      const block = document.createElement('pre');
      block.className = 'overlay-item';
      block.textContent = (item.where ? `${item.where}\n` : '') + item.text + (item.hint ? `\n  fix: ${item.hint}` : '');
      list.appendChild(block);
    }
    const close = document.createElement('button');
    close.textContent = 'Dismiss';
    close.className = 'overlay-close';
    close.addEventListener('click', () => this.hide());
    this.root.replaceChildren(heading, list, close);
    this.root.dataset.kind = this.kind;
    this.root.hidden = false;
  }
}
