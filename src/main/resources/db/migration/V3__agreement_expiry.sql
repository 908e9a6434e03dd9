-- The day an agreement ends unless renewed, so the dashboard can warn before it does.
alter table agreement add column expires_on date;
create index agreement_expires_on on agreement (expires_on);
