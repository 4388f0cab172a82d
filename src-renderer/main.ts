import { mount } from 'svelte';
import App from './App.svelte';
import { getApi } from './lib/api';
import { AllNotesState } from './lib/state/all-notes-state.svelte';
import { ImportState } from './lib/state/import-state.svelte';
import { LibraryState } from './lib/state/library-state.svelte';
import { NotesState } from './lib/state/notes-state.svelte';
import { PreferencesState } from './lib/state/preferences-state.svelte';
import { ReaderState } from './lib/state/reader-state.svelte';
import { SearchState } from './lib/state/search-state.svelte';
import { TimelineState } from './lib/state/timeline-state.svelte';
import './styles/app.css';

const api = getApi();
const library = new LibraryState(api);
const notes = new NotesState(api, () => void library.refreshCounts());
// Typing not yet saved is sent before the window goes away.
window.addEventListener('pagehide', () => void notes.flush());
api.onEvent('app:closing', () => void notes.flush());
const allNotes = new AllNotesState(api, () => void library.refreshCounts());
window.addEventListener('pagehide', () => void allNotes.flush());
api.onEvent('app:closing', () => void allNotes.flush());
const timeline = new TimelineState(api);
mount(App, {
  target: document.getElementById('app') as HTMLElement,
  props: { preferences: new PreferencesState(api), library, reader: new ReaderState(api), notes, imports: new ImportState(api), timeline, search: new SearchState(api), allNotes },
});
