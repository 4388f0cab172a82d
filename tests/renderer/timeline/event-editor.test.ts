import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import EventCard from '../../../src-renderer/components/timeline/EventCard.svelte';
import { eventOf } from '../support/event-view';

const EVENT = eventOf('day', '2019-02-22', '2019-02-22', '2019-02-22', { title: 'A senior Chinese diplomat told foreign envoys', expression: { start: 10, end: 16 }, quote: 'Friday' });

function renderCard(onedit = vi.fn(async () => true)) {
  render(EventCard, { props: { event: EVENT, isMarked: false, onmark: vi.fn(), onshow: vi.fn(), onedit, onrevert: vi.fn(async () => true) } });
  return screen.getByRole('button', { name: `Edit event: ${EVENT.title}` });
}

describe('EventCard corrections from the keyboard', () => {
  it('puts the caret in the date when Edit opens the form, so Escape or typing acts on it', async () => {
    const edit = renderCard();
    edit.focus();
    await fireEvent.click(edit);
    await tick();
    expect(document.activeElement).toBe(screen.getByLabelText('Date'));
  });

  it('gives the focus back to Edit when the form is cancelled with Escape', async () => {
    const edit = renderCard();
    await fireEvent.click(edit);
    await tick();
    await fireEvent.keyDown(screen.getByLabelText('Date'), { key: 'Escape' });
    await tick();
    expect(screen.queryByLabelText('Date')).toBeNull();
    expect(document.activeElement).toBe(edit);
  });

  it('gives the focus back to Edit once the correction is saved', async () => {
    const onedit = vi.fn(async () => true);
    const edit = renderCard(onedit);
    await fireEvent.click(edit);
    await tick();
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2019-02-21' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.queryByLabelText('Date')).toBeNull());
    expect(onedit).toHaveBeenCalledWith({ value: '2019-02-21' }, 'Event changed.');
    expect(document.activeElement).toBe(edit);
  });
});

describe('EventCard date field', () => {
  it('says how to write each kind of date before anything is typed, not only after a refusal', async () => {
    const edit = renderCard();
    await fireEvent.click(edit);
    await tick();
    const date = screen.getByLabelText('Date');
    // The field shows "2019-W08" for a week: the forms it takes were explained only once one was refused.
    const described = (date.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    for (const example of ['2019-02-22', '2019-02', '2019-W08', '2019-Q1', '2019']) expect(described).toContain(example);
    expect(screen.getByText(/week 2019-W08/)).toBeTruthy();
  });

  it('says which words it could not read as a date, and where the forms are', async () => {
    const edit = renderCard();
    await fireEvent.click(edit);
    await tick();
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: 'next Tuesday' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('“next Tuesday” is not a date this can read: write it in one of the forms under Date, for example 2019-02-22.');
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
  });
});
