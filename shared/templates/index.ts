/** The template gallery: six ready-made journeys, each in zh-CN and en. */
import { CAR_AFTER_SALES } from './carAfterSales'
import { HOME_IMPROVEMENT } from './homeImprovement'
import { HOTEL_STAY } from './hotelStay'
import { PROPERTY_MANAGEMENT } from './propertyManagement'
import { RETAIL_STORE } from './retailStore'
import type { TemplateSpec } from './spec'
import { TELECOM_VIP } from './telecomVip'

export {
  buildTemplate,
  templateSpecProblems,
  templateSummary,
} from './spec'
export type {
  AlternativeTemplate,
  Bilingual,
  BilingualList,
  PersonaTemplate,
  TemplateSpec,
  TemplateSummary,
  TouchpointTemplate,
} from './spec'
export { CAR_AFTER_SALES, HOME_IMPROVEMENT, HOTEL_STAY, PROPERTY_MANAGEMENT, RETAIL_STORE, TELECOM_VIP }

/** The gallery, in display order. */
export const TEMPLATES: readonly TemplateSpec[] = [
  RETAIL_STORE,
  TELECOM_VIP,
  HOME_IMPROVEMENT,
  HOTEL_STAY,
  PROPERTY_MANAGEMENT,
  CAR_AFTER_SALES,
]

/** A template by its gallery id, or undefined. */
export function findTemplate(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((spec) => spec.id === id)
}
