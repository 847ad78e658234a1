// @vitest-environment jsdom
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField, Section, SelectField, Switch, TextField, ToggleField, TriStateField } from './index.ts';

afterEach(cleanup);

describe('NumberField', () => {
  it('labels the input and wires hint and error for assistive tech', () => {
    render(<NumberField label="Replicas" testId="n" value={2} min={1} integer hint="How many copies run" onCommit={() => {}} />);
    const input = screen.getByLabelText('Replicas');
    expect(input).toBe(screen.getByTestId('n'));
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('How many copies run').id);
    fireEvent.change(input, { target: { value: '0' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Must be at least 1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('commits only valid, changed values on Enter or blur; Escape reverts', () => {
    const onCommit = vi.fn();
    render(<NumberField label="Timeout" testId="n" value={5000} required integer min={1} onCommit={onCommit} />);
    const input = screen.getByTestId<HTMLInputElement>('n');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '5000' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '6000' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('5000');
    fireEvent.change(input, { target: { value: '6000' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(6000);
  });

  it('arrow keys step the draft within limits', () => {
    render(<NumberField label="Replicas" testId="n" value={1} min={1} max={3} integer onCommit={() => {}} />);
    const input = screen.getByTestId<HTMLInputElement>('n');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.value).toBe('1');
    fireEvent.keyDown(input, { key: 'ArrowUp', shiftKey: true });
    expect(input.value).toBe('3');
  });

  it('drops the draft when the value changes from outside', () => {
    function Harness() {
      const [value, setValue] = useState(1);
      return (
        <>
          <NumberField label="N" testId="n" value={value} onCommit={() => {}} />
          <button type="button" onClick={() => setValue(9)}>external</button>
        </>
      );
    }
    render(<Harness />);
    const input = screen.getByTestId<HTMLInputElement>('n');
    fireEvent.change(input, { target: { value: 'bad' } });
    fireEvent.click(screen.getByText('external'));
    expect(input.value).toBe('9');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('TextField', () => {
  it('commits trimmed text on Enter, refuses empty required text', () => {
    const onCommit = vi.fn();
    render(<TextField label="Name" testId="t" value="a" required onCommit={onCommit} />);
    const input = screen.getByLabelText('Name');
    fireEvent.change(input, { target: { value: '   ' } });
    expect(screen.getByRole('alert').textContent).toBe('A value is required');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: ' b ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('a multiline field keeps Enter for new lines and commits on blur', () => {
    const onCommit = vi.fn();
    render(<TextField label="Notes" testId="t" value="" multiline onCommit={onCommit} />);
    const area = screen.getByTestId('t');
    expect(area.tagName).toBe('TEXTAREA');
    fireEvent.change(area, { target: { value: 'one' } });
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.blur(area);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('one');
  });
});

describe('choices', () => {
  it('SelectField maps the empty option to undefined', () => {
    const onChange = vi.fn();
    render(<SelectField label="Engine" testId="s" value="a" emptyLabel="None" options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} onChange={onChange} />);
    const select = screen.getByLabelText('Engine');
    fireEvent.change(select, { target: { value: 'b' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([['b'], [undefined]]);
  });

  it('ToggleField and Switch are labelled switches', () => {
    const onChange = vi.fn();
    render(<><ToggleField label="Jitter" checked={false} onChange={onChange} /><Switch ariaLabel="Retry" checked onChange={onChange} /></>);
    fireEvent.click(screen.getByRole('switch', { name: 'Jitter' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Retry' }));
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });

  it('TriStateField answers yes, no or not answered', () => {
    const onChange = vi.fn();
    render(<TriStateField label="Clear boundaries?" testId="q" value={true} onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Clear boundaries?' });
    expect(group.getAttribute('data-value')).toBe('yes');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Not answered' }));
    expect(onChange.mock.calls).toEqual([[false], [undefined]]);
  });
});

describe('Section', () => {
  it('folds its body away from an aria-expanded header button', () => {
    render(<Section title="Runtime" hint="What the simulator reads"><span>body</span></Section>);
    const button = screen.getByRole('button', { name: 'Runtime' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('body')).toBeTruthy();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const content = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(content?.hidden).toBe(true);
  });
});
