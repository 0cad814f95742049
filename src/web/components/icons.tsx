/** Small line icons (16px, currentColor); decorative, so hidden from assistive technology. */
import type { ReactNode } from 'react';

function Icon({ children, size = 18 }: { children: ReactNode; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const OverviewIcon = () => (
  <Icon>
    <path d="M3 20h18" />
    <rect x="5" y="11" width="3" height="6" />
    <rect x="10.5" y="7" width="3" height="10" />
    <rect x="16" y="4" width="3" height="13" />
  </Icon>
);

export const NeighborhoodIcon = () => (
  <Icon>
    <path d="M3 11 9 6l6 5v9H3z" />
    <path d="M15 9.5 18 7l3 2.5V20h-6" />
    <path d="M7 20v-4h4v4" />
  </Icon>
);

export const PackageIcon = () => (
  <Icon>
    <path d="M12 3 20 7.5v9L12 21l-8-4.5v-9z" />
    <path d="M4 7.5 12 12l8-4.5M12 12v9" />
  </Icon>
);

export const UsersIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.8-3.5 3.4-5.5 6.5-5.5s5.7 2 6.5 5.5" />
    <path d="M16 4.8a3.2 3.2 0 0 1 0 6.4M18 14.7c1.9.7 3.1 2.5 3.5 5.3" />
  </Icon>
);

/** Residents: an adult and a child. */
export const PeopleIcon = () => (
  <Icon>
    <circle cx="9" cy="6.5" r="3" />
    <path d="M4 21v-4.5A5 5 0 0 1 9 11.5a5 5 0 0 1 5 5V21" />
    <circle cx="17.5" cy="11" r="2.2" />
    <path d="M14.5 21v-2.7a3 3 0 0 1 6 0V21" />
  </Icon>
);

export const AuditIcon = () => (
  <Icon>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M8 8h8M8 12h8M8 16h5" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon size={16}>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon size={16}>
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </Icon>
);

export const EditIcon = () => (
  <Icon size={16}>
    <path d="M4 20h4L19 9l-4-4L4 16z" />
    <path d="m13.5 6.5 4 4" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon size={16}>
    <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" />
  </Icon>
);

export const LogoutIcon = () => (
  <Icon size={16}>
    <path d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" />
  </Icon>
);

export const GlobeIcon = () => (
  <Icon size={16}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z" />
  </Icon>
);

export const MenuIcon = () => (
  <Icon>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </Icon>
);

export const MapPinIcon = () => (
  <Icon size={16}>
    <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon size={16}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m20 20-4.2-4.2" />
  </Icon>
);

/** The Tavana mark: three rising houses. */
export const MeetingIcon = () => (
  <Icon>
    <rect x="4" y="4" width="16" height="16" rx="2" />
    <path d="M8 9h8M8 13h8M8 17h5" />
  </Icon>
);

export const ResolutionIcon = () => (
  <Icon>
    <path d="M9 11l2 2 4-4" />
    <path d="M5 4h14v16H5z" />
  </Icon>
);

export const ScorecardIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="8" />
    <path d="M12 12V4M12 12l6 4" />
  </Icon>
);

export const BodyIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="3" />
    <circle cx="16" cy="8" r="3" />
    <path d="M3 20c0-3 2.5-5 5-5s5 2 5 5M11 20c0-3 2.5-5 5-5s5 2 5 5" />
  </Icon>
);

export const BellIcon = () => (
  <Icon>
    <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
    <path d="M10 20a2 2 0 0 0 4 0" />
  </Icon>
);

export const LogoMark = () => (
  <svg className="logo-mark" width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="7" fill="currentColor" />
    <path d="M6 24v-6l4-3 4 3v6zM13 24v-9l5-4 5 4v9zM21 24V12l3-2.5 3 2.5v12z" fill="#fff" opacity=".95" />
  </svg>
);
