import UnfoldLess from '@mui/icons-material/UnfoldLess';
import UnfoldMore from '@mui/icons-material/UnfoldMore';
import { Box, Button, Stack, Typography } from '@mui/material';
import { type KeyboardEvent, memo, useCallback, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';
import { allCodes, buildTree, treeMove } from './frameworkTree.ts';
import { ObjectiveTreeNode } from './ObjectiveTreeNode.tsx';
import { nodeButtonId, TreeContext, type TreeState } from './TreeContext.ts';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);
const HINT_ID = 'framework-tree-hint';

/**
 * The framework as an outline: nested lists of objectives, each under a heading (h3 overall, h4
 * specific, h5 activity) whose button opens and closes it, as an accordion does. No `tree` roles: a
 * tree item's accessible name is its whole content, and these items hold tables and menus. The
 * heading buttons take the accordion's optional keys (frameworkTree.ts `treeMove`): ↓/↑ the next or
 * previous heading, Home/End the first or last, → opens or goes to the first child, ← closes or goes
 * to the parent. "Expand all" and "Collapse all" reach every node: open/closed state is the outline's.
 */
export const ObjectiveTree = memo(() => {
  const { framework, canEdit } = useFramework();
  const translate = useTranslate();
  const open = useOpenDialog();
  const roots = useMemo(() => buildTree(framework), [framework]);
  const codes = useMemo(() => allCodes(roots), [roots]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback(
    (code: string) =>
      setCollapsed((was) => {
        const next = new Set(was);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
  const onKey = useCallback(
    (code: string, e: KeyboardEvent) => {
      if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      const move = treeMove(roots, collapsed, code, e.key);
      if (!move) return;
      if ('focus' in move) document.getElementById(nodeButtonId(move.focus))?.focus();
      else toggle('expand' in move ? move.expand : move.collapse);
    },
    [roots, collapsed, toggle],
  );
  const order = useMemo(() => new Map(codes.map((c, i) => [c, i])), [codes]);
  const tree = useMemo<TreeState>(() => ({ collapsed, order, toggle, onKey }), [collapsed, order, toggle, onKey]);

  if (!roots.length) {
    return (
      <Box>
        <Typography color="text.secondary">{translate('ruta.framework.empty')}</Typography>
        {canEdit && (
          <Button onClick={(e) => open({ kind: 'objective', code: '0' }, e.currentTarget)}>
            {translate('ruta.framework.actions.add_overall')}
          </Button>
        )}
      </Box>
    );
  }
  return (
    <TreeContext.Provider value={tree}>
      <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
        <Button size="small" startIcon={<UnfoldMore />} onClick={() => setCollapsed(new Set())} disabled={collapsed.size === 0}>
          {translate('ruta.framework.expand_all')}
        </Button>
        <Button
          size="small"
          startIcon={<UnfoldLess />}
          onClick={() => setCollapsed(new Set(codes))}
          disabled={codes.every((c) => collapsed.has(c))}
        >
          {translate('ruta.framework.collapse_all')}
        </Button>
        <Typography id={HINT_ID} variant="caption" color="text.secondary">
          {translate('ruta.framework.tree_hint')}
        </Typography>
      </Stack>
      <Box component="ul" aria-label={translate('ruta.framework.title')} aria-describedby={HINT_ID} sx={{ p: 0, m: 0 }}>
        {roots.map((node) => (
          <ObjectiveTreeNode key={node.objective.id} node={node} depth={0} />
        ))}
      </Box>
    </TreeContext.Provider>
  );
});
