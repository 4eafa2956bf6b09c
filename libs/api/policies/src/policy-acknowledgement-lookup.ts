import { Injectable } from '@nestjs/common';
import { runSql, type Tx } from '@pillars/api/core';

/**
 * The one question other pillars (training's POLICY_ACK module) may ask about acknowledgements,
 * without reading the policies tables: has this person acknowledged the version in force of this
 * policy? "In force" is the policies' own rule: the current (published) version's major, so an
 * acknowledgement of 2.0 still counts once 2.1 (a minor version, which asks nobody again) is out.
 * A retired policy, another organisation's or an unknown one answers false.
 */
@Injectable()
export class PolicyAcknowledgementLookup {
  async acknowledgedCurrentVersion(manager: Tx, organizationId: string, userId: string, policyId: string): Promise<boolean> {
    const [row] = await runSql<{ ok: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM policies p JOIN policy_versions cv ON cv.policy_id = p.id AND cv.status = 'PUBLISHED'
                        JOIN policy_acknowledgements ka ON ka.policy_id = p.id AND ka.user_id = $3
                        JOIN policy_versions kv ON kv.id = ka.version_id AND kv.major = cv.major
                       WHERE p.id = $1 AND p.organization_id = $2 AND p.retired_at IS NULL) AS ok`,
      [policyId, organizationId, userId],
    );
    return row?.ok === true;
  }

  /** Whether the policy exists in the organisation, is not retired and has a version in force (a module may point at it). */
  async inForce(manager: Tx, organizationId: string, policyId: string): Promise<boolean> {
    const [row] = await runSql<{ ok: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM policies p JOIN policy_versions cv ON cv.policy_id = p.id AND cv.status = 'PUBLISHED'
                       WHERE p.id = $1 AND p.organization_id = $2 AND p.retired_at IS NULL) AS ok`,
      [policyId, organizationId],
    );
    return row?.ok === true;
  }
}
