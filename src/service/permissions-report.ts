// The `scopes` report from what the token says (granted scopes, expiry) and what RingCentral says of its owner
// (who they are, which user permissions their roles grant). Pure: the service gathers the facts.
import { checkUserPermission, type OwnerPermissions } from './owner-permissions.js';
import {
  CAPABILITIES,
  type Capability,
  COMPANY_CALL_LOG_PERMISSION,
  missingPermissions,
  OPTIONAL_PERMISSIONS,
} from './permissions.js';
import type { CapabilityReport, PermissionsReport } from './types.js';

export interface ReportFacts {
  granted: ReadonlySet<string>;
  owner: PermissionsReport['owner'];
  userPermissions: OwnerPermissions;
  token?: PermissionsReport['token'];
  server?: string;
}

export function permissionsReportOf(facts: ReportFacts): PermissionsReport {
  const { granted, userPermissions } = facts;
  return {
    granted: [...granted].sort(),
    capabilities: (Object.keys(CAPABILITIES) as Capability[]).map((c) => capabilityReport(c, granted, userPermissions)),
    owner: facts.owner,
    companyCallLog: checkUserPermission(userPermissions, COMPANY_CALL_LOG_PERMISSION),
    optional: OPTIONAL_PERMISSIONS.map((optional) => ({ ...optional, granted: granted.has(optional.permission) })),
    ...(facts.token ? { token: facts.token } : {}),
    ...(facts.server ? { server: facts.server } : {}),
  };
}

/** One capability as the token stands: usable or not, and if not, what an admin does about it. */
function capabilityReport(
  capability: Capability,
  granted: ReadonlySet<string>,
  userPermissions: OwnerPermissions,
): CapabilityReport {
  const rule = CAPABILITIES[capability];
  const missing = missingPermissions(capability, granted);
  const report: CapabilityReport = {
    capability,
    label: rule.label,
    route: rule.route,
    needs: [...rule.permissions],
    missing,
    available: missing.length === 0,
    ...(rule.userPermission ? { userPermission: rule.userPermission } : {}),
  };
  if (missing.length > 0) return { ...report, fix: { kind: 'addAppPermissions', permissions: missing } };
  if (!rule.userPermission) return report;
  const check = checkUserPermission(userPermissions, rule.userPermission);
  if (!check.known) return { ...report, userPermissionUnknown: true };
  if (check.granted) return report;
  return { ...report, available: false, fix: { kind: 'grantUserPermission', permission: rule.userPermission } };
}
