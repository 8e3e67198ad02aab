"""One module per site. Each spider names its list pages, its link and pagination selectors and its
article selectors; :class:`spiders.base.AnnouncementSpider` does the rest."""
