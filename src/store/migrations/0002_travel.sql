CREATE TABLE "travel" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"employee_id" text NOT NULL,
	"start" date NOT NULL,
	"end" date NOT NULL,
	"country" text NOT NULL,
	"city" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "travel_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "travel_employee_idx" ON "travel" USING btree ("tenant_id","employee_id");