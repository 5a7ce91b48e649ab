// Events are found and filtered by the period their date covers.
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom)
