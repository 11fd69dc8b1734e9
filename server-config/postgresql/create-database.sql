-- Run once as the PostgreSQL superuser: psql -v password="'a-long-random-secret'" -f create-database.sql
-- The application's user owns its database; Flyway creates every table at the application's first start.
create role peermentor login password :password;
create database peermentor owner peermentor encoding 'UTF8' template template0;
