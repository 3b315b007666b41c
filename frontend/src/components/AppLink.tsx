import { forwardRef } from 'react';
import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A client-side router link that looks like an Utrecht link. */
export const AppLink = forwardRef<HTMLAnchorElement, LinkProps>(function AppLink({ className, ...props }, ref) {
  return <Link ref={ref} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
});

export type ButtonLinkAppearance = 'primary-action-button' | 'secondary-action-button' | 'subtle-button';

const APPEARANCE: Record<ButtonLinkAppearance, string> = {
  'primary-action-button': 'utrecht-button-link--primary-action',
  'secondary-action-button': 'utrecht-button-link--secondary-action',
  'subtle-button': 'utrecht-button-link--subtle',
};

/** A router link that looks like an Utrecht button (for "new …" actions that open a page). */
export const AppButtonLink = forwardRef<HTMLAnchorElement, LinkProps & { appearance?: ButtonLinkAppearance }>(
  function AppButtonLink({ className, appearance = 'secondary-action-button', ...props }, ref) {
    return (
      <Link
        ref={ref}
        className={['utrecht-button-link', 'utrecht-button-link--html-a', APPEARANCE[appearance], className]
          .filter(Boolean)
          .join(' ')}
        {...props}
      />
    );
  },
);

/** A navigation link that marks the current page with aria-current. */
export function AppNavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return (
    <NavLink
      className={({ isActive }) =>
        ['utrecht-link', 'utrecht-link--html-a', 'lk-nav__link', isActive ? 'lk-nav__link--current' : '', className]
          .filter(Boolean)
          .join(' ')
      }
      {...props}
    />
  );
}
