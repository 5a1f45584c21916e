// Compiled (never run) against the client openapi-generator writes from the service's OpenAPI document:
// it fails to compile if an operation loses its meaningful name or the plan its typed fields.
import {
  Activity, Configuration, ContractApi, EvaluationApi, MineralCode, PageApi, RuleSetsApi,
  type Plan, type Report, type RuleSetView,
} from './ts-client';

const configuration = new Configuration({ basePath: 'http://127.0.0.1:8080' });

export async function useEveryOperation(): Promise<void> {
  const plan: Plan = {
    planId: 'EX-MINE-001',
    applicationDate: new Date('2026-06-15'),
    mineral: MineralCode.Lithium,
    activity: Activity.MineDevelopment,
    period: { start: new Date('2026-10-01'), end: new Date('2034-03-31') },
    dependency: { country: 'CN', baselineSharePercent: 55, projectedSharePercent: 49 },
  };
  const report: Report = await new EvaluationApi(configuration).evaluatePlan({ plan, acceptLanguage: 'en' });
  const outcome: string = report.outcome;
  const statuses: string[] = report.criteria.map((c) => c.status);
  const ruleSets: RuleSetView[] = await new RuleSetsApi(configuration).listRuleSets();
  await new RuleSetsApi(configuration).reloadRuleSets({ force: true });
  const schema: object = await new ContractApi(configuration).getPlanSchema();
  const page: string = await new PageApi(configuration).showEvaluationPage({ example: 'mine-development/lithium-mine' });
  await new PageApi(configuration).submitPlanFromPage({ example: 'mine-development/lithium-mine' });
  const stored: string = await new PageApi(configuration).showReport({ id: 'id' });
  console.log(outcome, statuses, ruleSets, schema, page, stored);
}
