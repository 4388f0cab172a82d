import { mount } from 'svelte';
import App from './App.svelte';
import { getApi } from './lib/api';
import { LibraryState } from './lib/state/library-state.svelte';
import { PreferencesState } from './lib/state/preferences-state.svelte';
import { ReaderState } from './lib/state/reader-state.svelte';
import './styles/app.css';

const api = getApi();
mount(App, {
  target: document.getElementById('app') as HTMLElement,
  props: { preferences: new PreferencesState(api), library: new LibraryState(api), reader: new ReaderState(api) },
});
