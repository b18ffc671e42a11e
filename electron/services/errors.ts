/** A refusal the user should read: a typed code for programs, a message key for people. */
import type { ApiError } from '../../shared/ipc/contract'
import type { Message } from '../../shared/i18n/translate'

export class ServiceError extends Error {
  constructor(
    readonly code: ApiError['code'],
    readonly userMessage: Message,
    readonly details?: Message[],
  ) {
    super(`${code}: ${userMessage.key}`)
    this.name = 'ServiceError'
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.userMessage, ...(this.details ? { details: this.details } : {}) }
  }
}
