import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Box, ButtonBase, Chip, Collapse, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { BudgetLineTable } from './BudgetLineTable.tsx';
import { useFramework } from './FrameworkContext.tsx';
import type { ObjectiveNode } from './frameworkTree.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { NodeActions } from './NodeActions.tsx';
import { nodeButtonId, useTree } from './TreeContext.ts';
import { useMountedLater } from './useMountedLater.ts';

/**
 * Budget and (when readable) cost of a node, its activities' included — the report's row. The
 * overall objective's says that it leaves out the lines outside the objectives (the program total
 * above the tree has them).
 */
const Figures = ({ code, overall }: { code: string; overall: boolean }) => {
  const { program, framework, figures } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = figures.get(code);
  if (!f || (!f.planned && !f.executed)) return null;
  const hasOutside = overall && framework.budgetLines.some((b) => !b.objectiveCode);
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('ruta.framework.planned', { amount: formatMoney(f.planned, program.currency, locale) })}
      {f.executed !== undefined &&
        ` · ${translate('ruta.framework.executed', { amount: formatMoney(f.executed, program.currency, locale) })}`}
      {hasOutside && ` (${translate('ruta.framework.overall_note')})`}
    </Typography>
  );
};

/** The node's own content: description, indicators, budget lines, observations (not its children). */
const NodeBody = memo(({ node }: { node: ObjectiveNode }) => {
  const { observations } = useFramework();
  const translate = useTranslate();
  const { objective } = node;
  return (
    <Box sx={{ pl: 5 }}>
      {objective.description && (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {objective.description}
        </Typography>
      )}
      {node.indicators.length > 0 && <IndicatorTable indicators={node.indicators} />}
      {node.budgetLines.length > 0 && <BudgetLineTable lines={node.budgetLines} />}
      {(observations.get(objective.code) ?? []).map((text, i) => (
        <Typography key={i} variant="body2" sx={{ fontStyle: 'italic', my: 0.5 }}>
          {translate('ruta.framework.observation', { text })}
        </Typography>
      ))}
    </Box>
  );
});

const HEADINGS = ['h3', 'h4', 'h5', 'h6'] as const;

/**
 * One objective or activity: a heading whose button (named by the code and title it shows) opens and
 * closes the node — its own content (figures, indicators, lines, observations) and its children —
 * then its actions menu; its children follow as a nested list.
 */
export const ObjectiveTreeNode = memo(({ node, depth }: { node: ObjectiveNode; depth: number }) => {
  const { canEdit, canReadHistory } = useFramework();
  const tree = useTree();
  // The node's own content (tables, their rows' menus) after its heading: see useMountedLater.
  const bodyMounted = useMountedLater();
  const { objective } = node;
  const code = objective.code;
  const open = !tree.collapsed.has(code);
  const id = nodeButtonId(code);
  const isActivity = objective.level === 'ACTIVITY';
  const hasChildren = node.children.length > 0;
  return (
    <Box
      component="li"
      sx={{
        listStyle: 'none',
        mb: 1,
        pl: objective.level === 'OVERALL' ? 0 : 2,
        borderLeft: objective.level === 'OVERALL' ? 0 : 2,
        borderColor: 'divider',
      }}
    >
      {/* The node's own part (heading, actions, tables), apart from its children. */}
      <Box data-objective={code}>
        <Stack direction="row" alignItems="flex-start" gap={1} className="node-heading">
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography component={HEADINGS[Math.min(depth, HEADINGS.length - 1)]!} sx={{ m: 0, fontWeight: isActivity ? 400 : 600 }}>
              <ButtonBase
                id={id}
                aria-expanded={open}
                aria-controls={hasChildren ? `${id}-content ${id}-children` : `${id}-content`}
                onClick={() => tree.toggle(code)}
                onKeyDown={(e) => tree.onKey(code, e)}
                sx={{
                  font: 'inherit',
                  textAlign: 'left',
                  justifyContent: 'flex-start',
                  alignItems: 'flex-start',
                  gap: 1,
                  p: 0.5,
                  borderRadius: 1,
                  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
                }}
              >
                {open ? <ExpandLess fontSize="small" sx={{ mt: 0.25 }} /> : <ExpandMore fontSize="small" sx={{ mt: 0.25 }} />}
                <Chip
                  component="span"
                  size="small"
                  label={code}
                  color={isActivity ? 'default' : 'primary'}
                  variant={isActivity ? 'outlined' : 'filled'}
                  sx={{ cursor: 'inherit' }}
                />{' '}
                <span>{objective.title}</span>
              </ButtonBase>
            </Typography>
            <Box sx={{ pl: 4 }}>
              <Figures code={code} overall={objective.level === 'OVERALL'} />
            </Box>
          </Box>
          {(canEdit || canReadHistory) && <NodeActions node={node} />}
        </Stack>
        <Box id={`${id}-content`}>
          <Collapse in={open} unmountOnExit>
            {bodyMounted && <NodeBody node={node} />}
          </Collapse>
        </Box>
      </Box>
      {hasChildren && (
        <Box id={`${id}-children`}>
          <Collapse in={open} unmountOnExit>
            <Box component="ul" sx={{ p: 0, m: 0, ml: 2 }}>
              {node.children.map((child) => (
                <ObjectiveTreeNode key={child.objective.id} node={child} depth={depth + 1} />
              ))}
            </Box>
          </Collapse>
        </Box>
      )}
    </Box>
  );
});
