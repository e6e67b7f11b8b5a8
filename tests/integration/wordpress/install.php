<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Installs WordPress into the test database and creates an administrator and an author,
// each with an Application Password. Prints KEY=VALUE lines.
[$script, $root, $url] = $argv;
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('QuoteDesk test site', 'admin', 'admin@example.invalid', true, '', 'admin-login-password');
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $post) {
    wp_delete_post($post->ID, true);
}
foreach (get_comments() as $comment) {
    wp_delete_comment($comment->comment_ID, true);
}
update_option('permalink_structure', '/%postname%/');
$admin = get_user_by('login', 'admin');
[$adminPassword] = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => 'quotedesk-tests']);
$authorId = wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-login-password',
    'user_email' => 'author@example.invalid', 'role' => 'author', 'display_name' => 'Test Author']);
[$authorPassword] = WP_Application_Passwords::create_new_application_password($authorId, ['name' => 'quotedesk-tests']);
echo "WP_ADMIN_USER=admin\n";
echo "WP_ADMIN_APP_PASSWORD=$adminPassword\n";
echo "WP_AUTHOR_USER=author\n";
echo "WP_AUTHOR_APP_PASSWORD=$authorPassword\n";
