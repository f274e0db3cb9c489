/** Notifications plugin start contract: x-pack/platform/plugins/shared/notifications/server/types.ts. Type-only. */
export interface EmailService {
  sendPlainTextEmail(payload: { to: string[]; subject: string; message: string }): Promise<void>;
}

export interface NotificationsPluginStart {
  isEmailServiceAvailable(): boolean;
  getEmailService(): EmailService;
}
