"""Traffic against the specs: the evidence corpus replay, HAR recordings and the traffic-drift report (issue 11)."""
