/** Small inline icons for the header buttons: decorative only (aria-hidden), the button's text names it. */
import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export const LinkIcon = () => (
  <Icon>
    <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
    <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
  </Icon>
)

export const PlayIcon = () => (
  <Icon>
    <rect x="2" y="4" width="20" height="13" rx="2" />
    <path d="M10 8l4 2.5-4 2.5z" fill="currentColor" />
    <path d="M8 21h8M12 17v4" />
  </Icon>
)

export const BilingualIcon = () => (
  <Icon>
    <rect x="2" y="4" width="9" height="16" rx="1.5" />
    <rect x="13" y="4" width="9" height="16" rx="1.5" />
    <path d="M4.5 9h4M4.5 13h4M15.5 9h4M15.5 13h4" />
  </Icon>
)

export const MoreIcon = () => (
  <Icon>
    <circle cx="5" cy="12" r="1.2" fill="currentColor" />
    <circle cx="12" cy="12" r="1.2" fill="currentColor" />
    <circle cx="19" cy="12" r="1.2" fill="currentColor" />
  </Icon>
)
