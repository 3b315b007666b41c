"""Every stable code a problem (and each of its field errors) can carry: clients translate these, so a code
is added here when a service starts to raise it, and the SPA's test fails while it has no Dutch and English
text. The OpenAPI document lists both sets on the Problem schema (`x-problem-codes`, `x-field-codes`).

A problem's `code` says what went wrong as a whole (`intervention_in_use`, with `params` such as `count` and
`names`); a field error's `code` what is wrong with one field. Pydantic's validation types pass through as
field codes when listed in FIELD_CODES; any other becomes `invalid`, so no unlisted code reaches a client.
"""

# The problem as a whole: code → when.
PROBLEM_CODES: dict[str, str] = {
    # generic, one per status
    "invalid_input": "The request is not valid.",
    "invalid_fields": "Fields are not valid; `errors` lists each (params: count).",
    "unauthenticated": "Not logged in, or no valid API token.",
    "forbidden": "The role does not allow this.",
    "not_found": "Nothing at this address, or it belongs to another organisation.",
    "method_not_allowed": "The method is not allowed here (params: method, allowed).",
    "conflict": "The change conflicts with the current state or existing data.",
    "stale_version": "Someone else changed it meanwhile (412).",
    "payload_too_large": "The body is too large (params: max_bytes).",
    "unsupported_media_type": "The body is not JSON (params: media_type).",
    "precondition_required": "If-Match is missing (428).",
    "too_many_requests": "Too many requests.",
    "http_error": "Another HTTP error (params: status).",
    "internal_error": "Unexpected server error.",
    "database_unavailable": "The database cannot be reached just now (503, with Retry-After).",
    # auth
    "login_failed": "The e-mail address or password is not correct.",
    "login_throttled": "Too many failed logins (params: seconds).",
    "token_invalid": "The API token is not valid, expired or was revoked.",
    "token_has_no_session": "An API token has no session to end.",
    "token_has_no_user": "An API token has no user.",
    "csrf_missing": "The CSRF header is missing or wrong.",
    "role_required": "The role is too low (params: required, role).",
    # domains
    "already_exists": "Something with this name exists already; the field error `taken` says which field.",
    "in_use": "Still used by interventions (params: count, names).",
    "calendar_feed_exists": "The cohort, person or trainer has a calendar feed already; rotate it (params: feed_id).",
    "intervention_in_use": "The intervention is used by budget lines (params: count, names).",
    "budget_has_lines": "The budget still has lines (params: count, names).",
    "line_has_expenditures": "The budget line still has expenditures (params: count, names).",
    "token_revoked": "The API token was revoked already.",
    "organisation_name_taken": "An organisation with this name exists (params: name).",
    "last_admin": "The last active admin cannot lose the role or be disabled.",
    "cannot_change_self": "You cannot disable yourself or take away your own admin role.",
    "cannot_delete_self": "You cannot delete yourself.",
    "review_outside_plan": "The review would make a programme outside the plan (params: first_year, last_year, "
                           "year).",
    "review_nothing": "The year's programme is empty (params: year).",
    "review_done": "The year was reviewed already (params: year).",
    "review_decisions": "Every intervention of the year needs exactly one decision.",
    "import_rows_invalid": "Rows of the import have errors; nothing was written (params: invalid, total).",
    "import_links_changed": "A linked item was deleted during the import.",
    "placed_in_programmes": "The intervention is placed in programmes' frameworks (params: count, names).",
    "focus_of_programmes": "The competency is in the focus of programmes' phases (params: count, names).",
    "framework_of_programmes": "Programmes build on the framework (params: count, names).",
    "asked_in_instruments": "Questions of instruments ask about it (params: count, names).",
    "instrument_published": "The instrument is published and frozen: make a new version (params: version).",
    "instrument_is_draft": "The instrument is a draft: change it itself; versions are made of published ones.",
    "draft_version_exists": "The questionnaire has a draft version already (params: version, id).",
    "instrument_has_no_questions": "An instrument without questions cannot be published.",
    "choice_needs_options": "A choice question has fewer than two options (params: number, text).",
    # cohorts
    "programme_has_cohorts": "Cohorts run the programme (params: count, names).",
    "already_enrolled": "A person is enrolled in the cohort already; field errors `taken` say who.",
    "intervention_has_sessions": "The intervention has sessions (params: count, names: their days).",
    "session_full": "The session has too few places left (params: capacity, placesLeft, requested).",
    # rounds
    "instrument_not_published": "Only a published instrument can be given in a round (params: version).",
    "round_has_invitations": "People are invited: instrument, subject and anonymity are frozen (params: fields).",
    "round_has_responses": "People answered the round: it cannot be deleted (params: count).",
    "round_not_open": "Reminders need an open round; a closed round sends no invitations (params: state).",
    "mail_not_configured": "E-mail is not set up on the server (SMTP_HOST, SMTP_FROM).",
    # the respondent API
    "invitation_unknown": "The link's token opens no questionnaire: unknown, its invitation removed or its round "
                          "closed.",
    "round_not_yet_open": "The round opens later (params: opensAt).",
    "already_submitted": "The questionnaire was submitted already with this link.",
}

# Pydantic's validation types that are passed through as they are.
VALIDATION_CODES = frozenset({
    "missing", "string_too_short", "string_too_long", "value_error", "extra_forbidden", "enum", "literal_error",
    "greater_than_equal", "less_than_equal", "greater_than", "less_than", "int_type", "int_parsing",
    "int_from_float", "decimal_parsing", "decimal_type", "decimal_max_places", "decimal_max_digits",
    "decimal_whole_digits", "bool_type", "bool_parsing", "date_parsing", "date_from_datetime_parsing", "date_type",
    "datetime_parsing", "datetime_type", "uuid_parsing", "uuid_type", "string_type", "list_type", "dict_type",
    "model_type", "too_short", "too_long", "json_invalid", "string_pattern_mismatch",
    "finite_number", "float_parsing", "float_type", "url_parsing", "string_unicode",
})

# What a field error can say: validation types, the services' own, and an import cell's (`core.cells`).
FIELD_CODES = VALIDATION_CODES | frozenset({
    "invalid", "number_too_long", "taken", "unknown", "unknown_reference", "unknown_id", "duplicate",
    "missing_decisions", "not_allowed", "outside_budget_year", "date_out_of_range", "date_in_past",
    "too_far_ahead", "before_first_year", "password_common", "password_contains_identity", "password_too_short",
    "nul_character", "unknown_sort_field",
    # import files and cells
    "unreadable_file", "too_many_rows", "empty_file", "missing_column", "duplicate_column", "not_a_number",
    "ambiguous_number", "too_many_decimals", "not_a_whole_number", "not_yes_or_no", "unknown_value",
    "invalid_years", "unknown_name", "ambiguous_name", "too_many", "invalid_date",
    # programmes and budgets
    "wrong_kind", "shares_total",
    # the yearly review
    "not_carried", "above_ring_fence", "not_created",
    # people
    "confirmation_mismatch",
    # questionnaires
    "dimension_of_other_level",
    # cohorts
    "before_start", "outside_cohort", "not_a_participant", "same_person", "not_cancellable",
    # sessions
    "not_after_start", "below_attendee_count", "not_an_attendee",
})


def field_code(code: str) -> str:
    """A validation type as a field code: itself when listed, else `invalid`."""
    return code if code in FIELD_CODES else "invalid"
