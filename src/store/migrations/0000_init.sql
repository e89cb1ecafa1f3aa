CREATE TABLE "accounts" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"system" text NOT NULL,
	"account" text NOT NULL,
	"employee_id" text NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_tenant_id_system_account_pk" PRIMARY KEY("tenant_id","system","account")
);
--> statement-breakpoint
CREATE TABLE "endpoint_metrics" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"employee_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"device_id" text,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "endpoint_metrics_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "payroll" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"employee_id" text NOT NULL,
	"effective_date" date NOT NULL,
	"method" text NOT NULL,
	"bank_name" text,
	"bank_country" text,
	"bic" text,
	"account_number" text,
	"account_holder" text,
	"currency" text,
	"wallet_address" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payroll_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"employee_id" text NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"employment_type" text NOT NULL,
	"hire_date" date NOT NULL,
	"termination_date" date,
	"job_title" text,
	"department" text,
	"residence_country" text,
	"residence_region" text,
	"residence_city" text,
	"residence_postal_code" text,
	"residence_address" text,
	"phone" text,
	"timezone" text,
	"manager_email" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_tenant_id_employee_id_pk" PRIMARY KEY("tenant_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"asset_id" text NOT NULL,
	"employee_id" text NOT NULL,
	"asset_type" text,
	"serial_number" text,
	"shipped_at" timestamp with time zone,
	"ship_to_name" text,
	"ship_to_address" text,
	"ship_to_city" text,
	"ship_to_region" text,
	"ship_to_postal_code" text,
	"ship_to_country" text,
	"managed" boolean,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipments_tenant_id_asset_id_pk" PRIMARY KEY("tenant_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"candidate_id" text NOT NULL,
	"requisition_id" text,
	"full_name" text NOT NULL,
	"email" text,
	"phone" text,
	"claimed_country" text,
	"claimed_city" text,
	"nationality" text,
	"linkedin_url" text,
	"github_url" text,
	"applied_at" timestamp with time zone,
	"application_ip" text,
	"source" text,
	"resume_file" text,
	"stage" text,
	"hired_employee_id" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidates_tenant_id_candidate_id_pk" PRIMARY KEY("tenant_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"candidate_id" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"size" double precision NOT NULL,
	"parsed" jsonb,
	"error" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_tenant_id_candidate_id_sha256_pk" PRIMARY KEY("tenant_id","candidate_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "idv_checks" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"subject_id" text NOT NULL,
	"provider" text,
	"checked_at" timestamp with time zone NOT NULL,
	"result" text NOT NULL,
	"document_country" text,
	"document_type" text,
	"name_on_document" text,
	"date_of_birth" date,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idv_checks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"candidate_id" text NOT NULL,
	"round" double precision,
	"held_at" timestamp with time zone NOT NULL,
	"interviewer" text,
	"mode" text,
	"camera_on" boolean,
	"background_filter" boolean,
	"refused_in_person" boolean,
	"connection_quality" text,
	"response_lag" text,
	"residence_knowledge" text,
	"different_person_suspected" boolean,
	"ip_address" text,
	"notes" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_references" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"candidate_id" text NOT NULL,
	"referee_name" text,
	"referee_email" text,
	"referee_phone" text,
	"referee_company" text,
	"relationship" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_references_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"rule_id" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"time" timestamp with time zone NOT NULL,
	"severity" text NOT NULL,
	"pillar" text NOT NULL,
	"signals" text[] NOT NULL,
	"attack" text[] NOT NULL,
	"summary" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "connector_checkpoints" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"connector" text NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connector_checkpoints_tenant_id_connector_pk" PRIMARY KEY("tenant_id","connector")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"time" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"source_event_id" text NOT NULL,
	"type" text NOT NULL,
	"category" text NOT NULL,
	"outcome" text NOT NULL,
	"outcome_reason" text,
	"actor" text,
	"actor_id" text,
	"actor_name" text,
	"target" text,
	"target_type" text,
	"ip" text,
	"user_agent" text,
	"device_id" text,
	"device_name" text,
	"session_id" text,
	"mfa_factor" text,
	"vendor_geo" jsonb,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"raw" text NOT NULL,
	"enrichment" jsonb,
	"person_id" text,
	"analyzed" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"file" text NOT NULL,
	"source" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"accepted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"duplicate" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"reject_file" text,
	CONSTRAINT "import_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"case_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee" text,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"members" text[] NOT NULL,
	"score" double precision NOT NULL,
	"edges" jsonb NOT NULL,
	"location" jsonb,
	"explanation" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "detection_state" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"key" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "detection_state_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "identity_decisions" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"system" text NOT NULL,
	"value" text NOT NULL,
	"decision" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identity_decisions_tenant_id_person_id_kind_system_value_pk" PRIMARY KEY("tenant_id","person_id","kind","system","value")
);
--> statement-breakpoint
CREATE TABLE "person_scores" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"employee_id" text,
	"candidate_id" text,
	"name" text NOT NULL,
	"emails" text[] NOT NULL,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	"pillars" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"clusters" text[] NOT NULL,
	"attack" text[] NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "person_scores_tenant_id_person_id_pk" PRIMARY KEY("tenant_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "score_history" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"day" text NOT NULL,
	"person_id" text NOT NULL,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	CONSTRAINT "score_history_tenant_id_day_person_id_pk" PRIMARY KEY("tenant_id","day","person_id")
);
--> statement-breakpoint
CREATE TABLE "tenant_settings" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_settings_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "stream_checkpoints" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"partition" text NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL,
	"owner" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stream_checkpoints_tenant_id_partition_pk" PRIMARY KEY("tenant_id","partition")
);
--> statement-breakpoint
CREATE TABLE "stream_key_state" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"ns" text NOT NULL,
	"key" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stream_key_state_tenant_id_ns_key_pk" PRIMARY KEY("tenant_id","ns","key")
);
--> statement-breakpoint
CREATE TABLE "concern_messages" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"concern_id" text NOT NULL,
	"author" text NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"token_hash" text NOT NULL,
	"case_id" text NOT NULL,
	"reporter_name" text,
	"reporter_contact" text,
	"about_text" text NOT NULL,
	"about_employee_id" text,
	"category" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concerns_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "notification_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"channel" text NOT NULL,
	"dedup_key" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_list" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"list" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"hashed" boolean DEFAULT false NOT NULL,
	"hmac_key_id" text,
	"source" text NOT NULL,
	"source_ref" text,
	"person_id" text,
	"confidence" integer,
	"tlp" text,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watch_list_tenant_id_list_kind_value_source_pk" PRIMARY KEY("tenant_id","list","kind","value","source")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"seq" bigint NOT NULL,
	"at" text NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"detail" text DEFAULT '{}' NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_tokens_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"id_hash" text NOT NULL,
	"username" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_tenant_id_id_hash_pk" PRIMARY KEY("tenant_id","id_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"username" text NOT NULL,
	"password_hash" text,
	"role" text NOT NULL,
	"origin" text DEFAULT 'local' NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_tenant_id_username_pk" PRIMARY KEY("tenant_id","username")
);
--> statement-breakpoint
CREATE INDEX "accounts_employee_idx" ON "accounts" USING btree ("tenant_id","employee_id");--> statement-breakpoint
CREATE INDEX "endpoint_metrics_employee_idx" ON "endpoint_metrics" USING btree ("tenant_id","employee_id","at");--> statement-breakpoint
CREATE INDEX "payroll_employee_idx" ON "payroll" USING btree ("tenant_id","employee_id");--> statement-breakpoint
CREATE INDEX "people_email_idx" ON "people" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "shipments_employee_idx" ON "shipments" USING btree ("tenant_id","employee_id");--> statement-breakpoint
CREATE INDEX "candidates_email_idx" ON "candidates" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "documents_sha_idx" ON "documents" USING btree ("tenant_id","sha256");--> statement-breakpoint
CREATE INDEX "idv_subject_idx" ON "idv_checks" USING btree ("tenant_id","subject_id");--> statement-breakpoint
CREATE INDEX "interviews_candidate_idx" ON "interviews" USING btree ("tenant_id","candidate_id");--> statement-breakpoint
CREATE INDEX "references_candidate_idx" ON "candidate_references" USING btree ("tenant_id","candidate_id");--> statement-breakpoint
CREATE INDEX "alerts_subject_idx" ON "alerts" USING btree ("tenant_id","subject_kind","subject_id","time");--> statement-breakpoint
CREATE INDEX "events_time_idx" ON "events" USING btree ("tenant_id","time");--> statement-breakpoint
CREATE INDEX "events_actor_idx" ON "events" USING btree ("tenant_id","actor","time");--> statement-breakpoint
CREATE INDEX "events_person_idx" ON "events" USING btree ("tenant_id","person_id","time");--> statement-breakpoint
CREATE INDEX "events_unanalyzed_idx" ON "events" USING btree ("tenant_id","time") WHERE NOT analyzed;--> statement-breakpoint
CREATE INDEX "case_history_case_idx" ON "case_history" USING btree ("tenant_id","case_id","seq");--> statement-breakpoint
CREATE INDEX "cases_subject_idx" ON "cases" USING btree ("tenant_id","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "concern_messages_idx" ON "concern_messages" USING btree ("tenant_id","concern_id","seq");--> statement-breakpoint
CREATE INDEX "concerns_token_idx" ON "concerns" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "concerns_case_idx" ON "concerns" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "notification_log_key_idx" ON "notification_log" USING btree ("tenant_id","channel","dedup_key","at");--> statement-breakpoint
CREATE INDEX "watch_list_value_idx" ON "watch_list" USING btree ("tenant_id","kind","value");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("tenant_id","target");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("tenant_id","actor");--> statement-breakpoint
CREATE INDEX "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("tenant_id","username");