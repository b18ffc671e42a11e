/** Not a test: writes missing fixtures when asked (`MAKE_FIXTURES=1`). See test/fixtures/scripts/makeFixtures.ts. */
import { describe, expect, it } from 'vitest'
import { V1_RETAIL, makeV1RetailFixture } from '../../fixtures/scripts/makeFixtures'

describe.skipIf(!process.env.MAKE_FIXTURES)('make fixtures', () => {
  it('writes test/fixtures/documents/v1-retail.journey unless it exists (frozen)', async () => {
    const result = await makeV1RetailFixture()
    console.info(`${V1_RETAIL}: ${result}`)
    expect(['written', 'kept']).toContain(result)
  })
})
