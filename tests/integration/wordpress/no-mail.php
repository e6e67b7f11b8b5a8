<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// The test site has no mail server: drop every mail instead of failing.
add_filter('pre_wp_mail', '__return_false');
