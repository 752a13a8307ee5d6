"""The Jamsosnaker area: members, the monthly recap, the exchange with BPJS, deaths and claims."""
