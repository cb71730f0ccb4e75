import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConsentProvider, CookieBanner, PreferencesDialog } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

describe('class names for utility-class CSS (Tailwind, shadcn/ui)', () => {
  it('puts each given class on its part of the banner and the dialog, with the shared button class first', async () => {
    const user = userEvent.setup();
    render(
      <ConsentProvider config={weroomConfig}>
        <CookieBanner
          className="fixed bottom-0"
          classNames={{ title: 'text-lg', description: 'text-sm', actions: 'flex gap-2', button: 'btn', acceptAll: 'btn-primary', rejectAll: 'btn-primary', customize: 'btn-ghost' }}
        />
        <PreferencesDialog
          className="rounded-xl"
          classNames={{ title: 'text-xl', close: 'icon-btn', category: 'border-b', switch: 'accent-blue-600', table: 'w-full', actions: 'grid', button: 'btn', save: 'btn-outline' }}
        />
      </ConsentProvider>,
    );
    const banner = screen.getByRole('region', { name: 'Cookie consent' });
    expect(banner.className).toBe('fixed bottom-0');
    expect(within(banner).getByRole('heading', { name: 'We use cookies' }).className).toBe('text-lg');
    expect(within(banner).getByRole('button', { name: 'Accept all' }).className).toBe('btn btn-primary');
    expect(within(banner).getByRole('button', { name: 'Reject all' }).className).toBe('btn btn-primary');
    expect(within(banner).getByRole('button', { name: 'Customize' }).className).toBe('btn btn-ghost');

    await user.click(within(banner).getByRole('button', { name: 'Customize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(dialog.className).toBe('rounded-xl');
    expect(within(dialog).getByRole('heading', { name: 'Cookie preferences' }).className).toBe('text-xl');
    expect(within(dialog).getByRole('button', { name: 'Close' }).className).toBe('icon-btn');
    expect(within(dialog).getByRole('switch', { name: 'Analytics' }).className).toBe('accent-blue-600');
    expect(within(dialog).getByRole('region', { name: 'Analytics' }).className).toBe('border-b');
    expect(within(dialog).getAllByRole('table').every((table) => table.className === 'w-full')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Save preferences' }).className).toBe('btn btn-outline');
    expect(within(dialog).getByRole('button', { name: 'Accept all' }).className).toBe('btn');
  });

  it('renders no empty class attribute where none is given', () => {
    render(
      <ConsentProvider config={weroomConfig}>
        <CookieBanner />
      </ConsentProvider>,
    );
    expect(within(screen.getByRole('region', { name: 'Cookie consent' })).getByRole('button', { name: 'Accept all' }).hasAttribute('class')).toBe(false);
  });
});
