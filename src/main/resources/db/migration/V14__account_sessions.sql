-- The generation of an account's sessions. A session remembers the generation it was logged in
-- under; changing or resetting the password, changing the roles, deactivating the account or
-- "log out on all devices" counts it up, which ends every other session of the account at its next
-- request, on every instance of a cluster (the check reads this column, not the data grid).
alter table account add column session_generation integer default 0 not null;
