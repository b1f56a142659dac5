import type { Shape } from './shape.ts';

/**
 * Activity records, the partner portal's extras (resources/activityRecord/, dashboard/tiles/): the CSV
 * upload's columns and template, the review queue's partner filter, the locked quarters page and the
 * partner's "my quarter" dashboard tile.
 */
export const activityPortalEn = {
  resources: {
    ActivityRecord: {
      fields: {
        provinceCode: 'Province',
        cantonCode: 'Canton',
        women: 'Women and girls',
        men: 'Men and boys',
        notRecorded: 'Sex not recorded',
        reached: 'People reached',
      },
    },
  },
  ruta: {
    activity_import: {
      template: 'CSV template',
      template_file: 'activity-records-template',
      help: 'Columns: organization (partners may leave it blank), program, objective, title, kind, start, end, province, canton, people reached by age band and sex, total and narrative. Dates as dd/mm/yyyy or yyyy-mm-dd; files from Excel in Spanish (;) work as they are. The records arrive pending review; uploading the same file again creates nothing new.',
      headers: {
        organizationId: 'Organization',
        programId: 'Program',
        objectiveCode: 'Objective',
        title: 'Title',
        kind: 'Kind',
        startDate: 'Start',
        endDate: 'End',
        provinceCode: 'Province',
        cantonCode: 'Canton',
        CHILD_women: 'Girls 0-11',
        CHILD_men: 'Boys 0-11',
        CHILD_notRecorded: 'Sex not recorded 0-11',
        ADOLESCENT_women: 'Women 12-17',
        ADOLESCENT_men: 'Men 12-17',
        ADOLESCENT_notRecorded: 'Sex not recorded 12-17',
        ADULT_women: 'Women 18+',
        ADULT_men: 'Men 18+',
        ADULT_notRecorded: 'Sex not recorded 18+',
        AGE_NOT_RECORDED_women: 'Women age not recorded',
        AGE_NOT_RECORDED_men: 'Men age not recorded',
        AGE_NOT_RECORDED_notRecorded: 'Sex and age not recorded',
        expectedTotal: 'Total',
        narrative: 'Narrative',
      },
    },
    activity_portal: {
      filter_partner: 'Partner',
      all_partners: 'All partners',
      periods_link: 'Locked quarters',
      periods: {
        title: 'Reporting periods: locked quarters',
        intro:
          'The records of a locked quarter cannot change. Program staff lock a quarter; only an administrator can unlock it, and both are recorded in the history.',
        program: 'Program',
        table: 'Quarters of the program',
        quarter: 'Quarter',
        state: 'State',
        by: 'Locked by',
        at: 'Locked on',
        actions: 'Actions',
        locked: 'Locked',
        open: 'Open',
        lock: 'Lock',
        unlock: 'Unlock',
        lock_label: 'Lock %{quarter}',
        unlock_label: 'Unlock %{quarter}',
        confirm_lock_title: 'Lock %{quarter}?',
        confirm_lock: 'The partners’ records of %{quarter} will not be able to change until an administrator unlocks the quarter.',
        confirm_unlock_title: 'Unlock %{quarter}?',
        confirm_unlock: 'The records of %{quarter} will be editable again. The unlocking is recorded in the history.',
        locked_done: '%{quarter} locked',
        unlocked_done: '%{quarter} unlocked',
        none: 'The program has no quarters',
      },
    },
    dashboard_quarter: {
      title: 'My quarter',
      quarter: 'Quarter',
      note: 'My organization’s activity records of the program in the quarter',
      table: 'My records of the quarter by status',
      status: 'Status',
      records: 'Records',
      people: 'People reached (approved)',
      pending_people: 'People in records pending review',
      returned: 'Returned, to fix',
      no_returned: 'None returned',
      open_list: 'Open my records',
    },
  },
};

export type ActivityPortalMessages = Shape<typeof activityPortalEn>;
