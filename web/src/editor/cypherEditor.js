// The Cypher box: CodeMirror 6 with Cypher highlighting; Ctrl+Enter (Cmd+Enter) runs the query, and
// errors from the hub are marked at their span (UTF-16 offsets, the same unit CodeMirror uses).
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

const setErrorMark = StateEffect.define();
const errorMark = Decoration.mark({ class: 'cm-query-error' });

const errorField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setErrorMark)) next = effect.value;
    }
    return transaction.docChanged ? Decoration.none : next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export class CypherEditor {
  constructor(parent, { initialText, onRun }) {
    this.view = new EditorView({
      parent,
      doc: initialText,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => { onRun(this.text); return true; } }]),
        basicSetup,
        StreamLanguage.define(cypher),
        errorField,
        EditorView.lineWrapping,
      ],
    });
  }

  get text() {
    return this.view.state.doc.toString();
  }

  set text(value) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value } });
  }

  /** Underlines [start, start + length) or clears the mark when start is null. */
  markError(start, length) {
    const size = this.view.state.doc.length;
    let marks = Decoration.none;
    if (Number.isInteger(start) && start <= size) {
      const from = Math.max(0, start);
      const to = Math.min(size, from + Math.max(1, length ?? 1));
      if (to > from) marks = Decoration.set([errorMark.range(from, to)]);
    }
    this.view.dispatch({ effects: setErrorMark.of(marks) });
  }
}
