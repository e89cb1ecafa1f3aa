CREATE TABLE "data_keys" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"purpose" text NOT NULL,
	"wrapped" text NOT NULL,
	"created_at" text NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	CONSTRAINT "data_keys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "idv_checks" ALTER COLUMN "date_of_birth" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "payroll" ADD COLUMN "account_number_index" text;--> statement-breakpoint
ALTER TABLE "payroll" ADD COLUMN "wallet_address_index" text;--> statement-breakpoint
CREATE INDEX "data_keys_tenant_idx" ON "data_keys" USING btree ("tenant_id","purpose");--> statement-breakpoint
CREATE INDEX "payroll_account_index_idx" ON "payroll" USING btree ("tenant_id","account_number_index");--> statement-breakpoint
CREATE INDEX "payroll_wallet_index_idx" ON "payroll" USING btree ("tenant_id","wallet_address_index");