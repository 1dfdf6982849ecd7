import { SqlMigration } from './sql-migration';

/** Capacity of supernumerary places per board and school year, placements and matching proposals (R7). */
export class Placements1765100000000 extends SqlMigration {
  name = 'Placements1765100000000';

  protected readonly upSql = `
      -- The counter row of R7: a placement takes a place by a conditional UPDATE of this row
      -- (used < places), never by counting placements first.
      CREATE TABLE board_capacity (
        board_id uuid NOT NULL REFERENCES boards(id),
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
        places integer NOT NULL CHECK (places >= 0),
        used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (board_id, school_year),
        -- The product never places beyond the declared places.
        CONSTRAINT board_capacity_within_places CHECK (used <= places)
      );

      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        board_id uuid NOT NULL REFERENCES boards(id),
        school_id uuid NOT NULL REFERENCES schools(id),
        start_date date NOT NULL,
        fte numeric(2,1) NOT NULL CHECK (fte >= 0.1 AND fte <= 1.0),
        supernumerary boolean NOT NULL,
        -- The school year of the start date: the year whose place a supernumerary placement takes.
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'ended')),
        -- Whether the placement counts in board_capacity.used: supernumerary and not cancelled.
        holds_place boolean NOT NULL,
        ended_on date,
        end_reason text,
        cancelled_at timestamptz,
        cancellation_reason text,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT placements_place_of_supernumerary CHECK (NOT holds_place OR supernumerary),
        CONSTRAINT placements_cancelled_frees_place CHECK (status <> 'cancelled' OR NOT holds_place),
        CONSTRAINT placements_end CHECK ((status = 'ended') = (ended_on IS NOT NULL) AND (ended_on IS NULL) = (end_reason IS NULL)),
        CONSTRAINT placements_end_after_start CHECK (ended_on IS NULL OR ended_on >= start_date),
        CONSTRAINT placements_cancellation CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      );
      -- At most one active placement per candidate, also under concurrent requests.
      CREATE UNIQUE INDEX placements_one_active_key ON placements (candidate_id) WHERE status = 'active';
      CREATE INDEX placements_board_year_idx ON placements (board_id, school_year, start_date, id);
      CREATE INDEX placements_candidate_idx ON placements (candidate_id, created_at DESC);

      -- Staff propose a candidate to a board; the board places (accepted) or declines with a reason.
      CREATE TABLE matching_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        board_id uuid NOT NULL REFERENCES boards(id),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
        note text,
        decline_reason text,
        placement_id uuid REFERENCES placements(id),
        proposed_by uuid REFERENCES users(id),
        proposed_at timestamptz NOT NULL,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        CONSTRAINT matching_proposals_decline_reason CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        CONSTRAINT matching_proposals_accepted_placement CHECK ((status = 'accepted') = (placement_id IS NOT NULL)),
        CONSTRAINT matching_proposals_decision CHECK ((status = 'proposed') = (decided_at IS NULL))
      );
      -- One open proposal per candidate and board.
      CREATE UNIQUE INDEX matching_proposals_open_key ON matching_proposals (candidate_id, board_id) WHERE status = 'proposed';
      CREATE INDEX matching_proposals_board_idx ON matching_proposals (board_id, proposed_at DESC);
      CREATE INDEX matching_proposals_candidate_idx ON matching_proposals (candidate_id);
    `;

  protected readonly downSql = `DROP TABLE matching_proposals, placements, board_capacity`;
}
