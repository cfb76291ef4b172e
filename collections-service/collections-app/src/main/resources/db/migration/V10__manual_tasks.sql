-- Tasks a collector creates on a case (a call, an email, a visit, a review) carry what is to be done.
ALTER TABLE collection_task ADD COLUMN note TEXT;
