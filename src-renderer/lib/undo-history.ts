/** A change that can be taken back and made again; each side answers an error message or null. */
export interface UndoableChange {
  label: string;
  undo: () => Promise<string | null>;
  redo: () => Promise<string | null>;
}

/** The undo and redo stacks of one reading session; a new change clears what could be redone. */
export class UndoHistory {
  private readonly done: UndoableChange[] = [];
  private readonly undone: UndoableChange[] = [];

  /** Records a change that has just been made. */
  record(change: UndoableChange): void {
    this.done.push(change);
    this.undone.length = 0;
  }

  /** Takes back the latest change; answers its label, or null when there is nothing to undo. Throws the change's error message. */
  async undo(): Promise<string | null> {
    const change = this.done.pop();
    if (!change) return null;
    const error = await change.undo();
    if (error) {
      this.done.push(change);
      throw new Error(error);
    }
    this.undone.push(change);
    return change.label;
  }

  /** Makes the latest undone change again; answers its label, or null when there is nothing to redo. */
  async redo(): Promise<string | null> {
    const change = this.undone.pop();
    if (!change) return null;
    const error = await change.redo();
    if (error) {
      this.undone.push(change);
      throw new Error(error);
    }
    this.done.push(change);
    return change.label;
  }

  /** Forgets everything (another article was opened). */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
