import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { styled } from '@mui/material/styles';
import { type ReactNode, useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { visuallyHidden } from './LightTable.tsx';

export { visuallyHidden };

export interface MenuAction {
  /** Translation key of the item's text. */
  label: string;
  icon?: ReactNode;
  /** Runs after the menu closes; `anchor` is the menu's button, where focus goes back when a dialog closes. */
  onSelect: (anchor: HTMLElement) => void;
}

interface ActionsMenuProps {
  /** The button's accessible name: the visible "Actions" and what it acts on (e.g. "Acciones de 1.2 Prevención"). */
  label: string;
  actions: MenuAction[];
  /** A ⋮ icon (table rows) rather than the "Actions" text button (objective headings). */
  compact?: boolean;
}

/**
 * A table row's ⋮ button: a native button styled as MUI's small IconButton (no ripple, no emotion
 * component per part), as a table of a hundred rows has a hundred of them.
 */
const RowButton = styled('button')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  padding: 5,
  margin: 0,
  border: 0,
  borderRadius: '50%',
  background: 'transparent',
  color: theme.palette.action.active,
  cursor: 'pointer',
  verticalAlign: 'middle',
  '&:hover, &[aria-expanded="true"]': { backgroundColor: theme.palette.action.hover },
  '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 0 },
  '& svg': { width: 20, height: 20, fill: 'currentColor' },
}));

/** MUI's MoreVert icon as plain SVG. */
const moreVert = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2" />
  </svg>
);

/**
 * Every action on one framework record behind one button (a tab stop instead of five), opened with
 * Enter or Space and walked with the arrow keys (MUI Menu). The menu is mounted only while open, so a
 * page of a hundred records does not build a hundred hidden menus.
 */
export const ActionsMenu = ({ label, actions, compact }: ActionsMenuProps) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = useId();
  if (!actions.length) return null;
  const buttonProps = {
    id: buttonId,
    'aria-label': label,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': anchor ? true : undefined,
    'aria-controls': anchor ? menuId : undefined,
    onClick: (e: React.MouseEvent<HTMLElement>) => setAnchor(e.currentTarget),
  };
  return (
    <>
      {compact ? (
        <RowButton type="button" {...buttonProps}>
          {moreVert}
        </RowButton>
      ) : (
        <Button {...buttonProps} size="small" endIcon={<ArrowDropDown />} sx={{ whiteSpace: 'nowrap' }}>
          {translate('ruta.framework.actions.menu')}
        </Button>
      )}
      {anchor && (
        <Menu id={menuId} open anchorEl={anchor} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
          {actions.map((action) => (
            <MenuItem
              key={action.label}
              onClick={() => {
                const button = anchor;
                setAnchor(null);
                action.onSelect(button);
              }}
            >
              {action.icon && <ListItemIcon>{action.icon}</ListItemIcon>}
              <ListItemText>{translate(action.label)}</ListItemText>
            </MenuItem>
          ))}
        </Menu>
      )}
    </>
  );
};

/** The header of a table's actions column: named for screen readers, empty to the eye. */
export const ActionsHeader = () => {
  const translate = useTranslate();
  return (
    <th scope="col" className="actions">
      <span style={visuallyHidden}>{translate('ruta.framework.columns.actions')}</span>
    </th>
  );
};
