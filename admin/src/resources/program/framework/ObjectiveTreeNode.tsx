import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Box, Chip, Collapse, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { isWithin } from '@ruta/schema/zod/framework';
import { formatMoney } from '#commons/money.ts';
import { BudgetLineTable } from './BudgetLineTable.tsx';
import { useFramework } from './FrameworkContext.tsx';
import type { ObjectiveNode } from './frameworkTree.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { NodeActions } from './NodeActions.tsx';

/** Budget and (when readable) cost of a node, its activities' included — the same roll-up as the report. */
const Figures = ({ code }: { code: string }) => {
  const { program, framework, report } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const row = report?.rows.find((r) => r.code === code);
  const planned =
    row?.planned ??
    framework.budgetLines.filter((b) => b.objectiveCode && isWithin(b.objectiveCode, code)).reduce((a, b) => a + b.planned, 0);
  if (!planned && !row?.cost) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {translate('ruta.framework.planned', { amount: formatMoney(planned, program.currency, locale) })}
      {row && ` · ${translate('ruta.framework.executed', { amount: formatMoney(row.cost, program.currency, locale) })}`}
    </Typography>
  );
};

/** One objective or activity: its indicators, budget lines and observations, then its children. */
export const ObjectiveTreeNode = ({ node }: { node: ObjectiveNode }) => {
  const { canEdit, report } = useFramework();
  const translate = useTranslate();
  const [open, setOpen] = useState(true);
  const { objective } = node;
  const observations = report?.rows.find((r) => r.code === objective.code)?.observations ?? [];
  const isActivity = objective.level === 'ACTIVITY';
  return (
    <Box
      component="li"
      role="treeitem"
      aria-expanded={open}
      aria-label={`${objective.code} ${objective.title}`}
      sx={{
        listStyle: 'none',
        mb: 1,
        pl: objective.level === 'OVERALL' ? 0 : 2,
        borderLeft: objective.level === 'OVERALL' ? 0 : 2,
        borderColor: 'divider',
      }}
    >
      {/* The node's own part (heading, actions, tables), apart from its children. */}
      <Box data-objective={objective.code}>
        <Stack direction="row" alignItems="center" gap={1}>
          <IconButton
            size="small"
            onClick={() => setOpen((o) => !o)}
            aria-label={translate(open ? 'ruta.framework.collapse' : 'ruta.framework.expand', { code: objective.code })}
          >
            {open ? <ExpandLess /> : <ExpandMore />}
          </IconButton>
          <Chip
            size="small"
            label={objective.code}
            color={isActivity ? 'default' : 'primary'}
            variant={isActivity ? 'outlined' : 'filled'}
          />
          <Typography sx={{ flex: 1, fontWeight: isActivity ? 400 : 600 }}>{objective.title}</Typography>
          <Figures code={objective.code} />
        </Stack>
        <Collapse in={open} unmountOnExit>
          <Box sx={{ pl: 5 }}>
            {objective.description && (
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                {objective.description}
              </Typography>
            )}
            {canEdit && <NodeActions node={node} />}
            {node.indicators.length > 0 && <IndicatorTable indicators={node.indicators} />}
            {node.budgetLines.length > 0 && <BudgetLineTable lines={node.budgetLines} />}
            {observations.map((text, i) => (
              <Typography key={i} variant="body2" sx={{ fontStyle: 'italic', my: 0.5 }}>
                {translate('ruta.framework.observation', { text })}
              </Typography>
            ))}
          </Box>
        </Collapse>
      </Box>
      {node.children.length > 0 && (
        <Collapse in={open} unmountOnExit>
          <Box component="ul" role="group" sx={{ p: 0, m: 0, ml: 2 }}>
            {node.children.map((child) => (
              <ObjectiveTreeNode key={child.objective.id} node={child} />
            ))}
          </Box>
        </Collapse>
      )}
    </Box>
  );
};
