import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import MoreVert from '@mui/icons-material/MoreVert';
import { Box, Button, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, TableCell } from '@mui/material';
import { type ReactNode, useId, useState } from 'react';
import { useTranslate } from 'react-admin';

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
    size: 'small' as const,
  };
  return (
    <>
      {compact ? (
        <IconButton {...buttonProps}>
          <MoreVert fontSize="small" />
        </IconButton>
      ) : (
        <Button {...buttonProps} endIcon={<ArrowDropDown />} sx={{ whiteSpace: 'nowrap' }}>
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

/** Read by screen readers, not shown (as MUI's visuallyHidden). */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/** The header of a table's actions column: named for screen readers, empty to the eye. */
export const ActionsHeader = () => {
  const translate = useTranslate();
  return (
    <TableCell align="right">
      <Box component="span" sx={visuallyHidden}>
        {translate('ruta.framework.columns.actions')}
      </Box>
    </TableCell>
  );
};
