-- A recorded installation that is one node of a Data Center cluster keeps which node it is and
-- what names its cluster: every node of a cluster has the same Server ID, so two nodes of one
-- cluster are one installation, not a cloned instance.
ALTER TABLE instances ADD COLUMN cluster_node TEXT;
ALTER TABLE instances ADD COLUMN cluster TEXT;
