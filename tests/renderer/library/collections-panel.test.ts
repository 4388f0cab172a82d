import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { CollectionView } from '../../../src-main/shared/library-views';
import CollectionsPanel from '../../../src-renderer/components/library/CollectionsPanel.svelte';

const ARTICLE = 'a1b2c3d4e5f60718';
const policy: CollectionView = { id: '01900000-0000-7000-8000-000000000001', name: 'Policy', createdAt: '', updatedAt: '', articleIds: [ARTICLE] };
const ports: CollectionView = { id: '01900000-0000-7000-8000-000000000002', name: 'Ports', createdAt: '', updatedAt: '', articleIds: [] };

type Answer = Promise<string | null>;

function renderPanel(overrides: { oncreate?: (name: string) => Answer } = {}) {
  const props = {
    collections: [policy, ports],
    activeId: policy.id,
    articleId: ARTICLE,
    oncreate: vi.fn(async (_name: string): Answer => null),
    onrename: vi.fn(async (_id: string, _name: string): Answer => null),
    ondelete: vi.fn(async (_id: string): Answer => null),
    onmembership: vi.fn(async (_id: string, _isMember: boolean): Answer => null),
    onfilter: vi.fn((_id: string | undefined) => undefined),
    ...overrides,
  };
  render(CollectionsPanel, props);
  return props;
}

describe('CollectionsPanel', () => {
  it('filters by a collection, and pressed again shows everything', async () => {
    const props = renderPanel();
    const pressed = screen.getByRole('button', { name: /^Policy/ });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(pressed);
    expect(props.onfilter).toHaveBeenCalledWith(undefined);
    await fireEvent.click(screen.getByRole('button', { name: /^Ports/ }));
    expect(props.onfilter).toHaveBeenCalledWith(ports.id);
  });

  it('says whether the open article is in each collection and toggles it', async () => {
    const props = renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove the open article from Policy' }));
    expect(props.onmembership).toHaveBeenCalledWith(policy.id, false);
    await fireEvent.click(screen.getByRole('button', { name: 'Add the open article to Ports' }));
    expect(props.onmembership).toHaveBeenCalledWith(ports.id, true);
  });

  it('creates a collection and shows a refusal in the user’s words', async () => {
    const oncreate = vi.fn(async (name: string): Answer => (name === 'Policy' ? 'There is already a collection called "Policy". Choose another name.' : null));
    renderPanel({ oncreate });
    await fireEvent.click(screen.getByRole('button', { name: 'New collection' }));
    const field = screen.getByRole('textbox', { name: 'Name of the new collection' });
    expect(document.activeElement).toBe(field);
    await fireEvent.input(field, { target: { value: 'Policy' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already a collection/));
    await fireEvent.input(field, { target: { value: 'Harbours' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Name of the new collection' })).toBeNull());
    expect(oncreate).toHaveBeenLastCalledWith('Harbours');
  });

  it('deletes only after asking, and Cancel keeps the collection', async () => {
    const props = renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete Ports' }));
    const question = screen.getByRole('group', { name: 'Delete Ports?' });
    expect(question.textContent).toContain('Its articles stay in the library.');
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.ondelete).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete Ports' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(props.ondelete).toHaveBeenCalledWith(ports.id);
  });

  it('renames a collection in place', async () => {
    const props = renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Rename Ports' }));
    const field = screen.getByRole('textbox', { name: 'New name for Ports' });
    await fireEvent.input(field, { target: { value: 'Harbours' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(props.onrename).toHaveBeenCalledWith(ports.id, 'Harbours');
  });
});
