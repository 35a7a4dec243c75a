import { lazy } from "react";
import { type RouteObject, useRoutes } from "react-router";
import { AppLayout } from "./app-layout";

// Every page is its own chunk: the home page loads only the shell and its own sections.
const HomePage = lazy(() => import("../modules/home/pages/home-page"));
const SearchPage = lazy(() => import("../modules/search/pages/search-page"));
const ReviewQueuePage = lazy(() => import("../modules/review/pages/review-queue-page"));
const SignUpPage = lazy(() => import("../modules/accounts/pages/signup-page"));
const InvitationPage = lazy(() => import("../modules/accounts/pages/invitation-page"));
const ProfilePage = lazy(() => import("../modules/profile/pages/profile-page"));
const NotificationsPage = lazy(() => import("../modules/notifications/pages/notifications-page"));
const AchievementListPage = lazy(
  () => import("../modules/achievements/pages/achievement-list-page"),
);
const AchievementDetailPage = lazy(
  () => import("../modules/achievements/pages/achievement-detail-page"),
);
const DemandListPage = lazy(() => import("../modules/demands/pages/demand-list-page"));
const DemandDetailPage = lazy(() => import("../modules/demands/pages/demand-detail-page"));
const LoginPage = lazy(() => import("../modules/accounts/pages/login-page"));
const WorkspacePage = lazy(() => import("../modules/workspace/pages/workspace-page"));
const AchievementFormPage = lazy(
  () => import("../modules/achievements/forms/achievement-form-page"),
);
const DemandFormPage = lazy(() => import("../modules/demands/forms/demand-form-page"));
const DemandAnswersPage = lazy(() => import("../modules/answers/pages/demand-answers-page"));
const ListingMatchesPage = lazy(() => import("../modules/matches/pages/listing-matches-page"));
const BrokerQueuePage = lazy(() => import("../modules/broker/pages/broker-queue-page"));
const RoomsPage = lazy(() => import("../modules/rooms/pages/rooms-page"));
const RoomPage = lazy(() => import("../modules/rooms/pages/room-page"));
const NotFoundPage = lazy(() => import("./not-found-page"));

/** The app's routes; exported for tests, which mount them in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "search", element: <SearchPage /> },
      { path: "review", element: <ReviewQueuePage /> },
      { path: "signup", element: <SignUpPage /> },
      { path: "invitations/:token", element: <InvitationPage /> },
      { path: "profile", element: <ProfilePage /> },
      { path: "notifications", element: <NotificationsPage /> },
      { path: "achievements", element: <AchievementListPage /> },
      { path: "achievements/:id", element: <AchievementDetailPage /> },
      { path: "demands", element: <DemandListPage /> },
      { path: "demands/:id", element: <DemandDetailPage /> },
      { path: "workspace", element: <WorkspacePage /> },
      { path: "workspace/achievements/new", element: <AchievementFormPage /> },
      { path: "workspace/achievements/:id/edit", element: <AchievementFormPage /> },
      { path: "workspace/demands/new", element: <DemandFormPage /> },
      { path: "workspace/demands/:id/edit", element: <DemandFormPage /> },
      { path: "workspace/demands/:id/answers", element: <DemandAnswersPage /> },
      { path: "workspace/demands/:id/matches", element: <ListingMatchesPage kind="demand" /> },
      {
        path: "workspace/achievements/:id/matches",
        element: <ListingMatchesPage kind="achievement" />,
      },
      { path: "broker", element: <BrokerQueuePage /> },
      { path: "rooms", element: <RoomsPage /> },
      { path: "rooms/:id", element: <RoomPage /> },
      { path: "login", element: <LoginPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes, rendered inside a <BrowserRouter> (or a <MemoryRouter> in tests). Declarative
 * mode: the app loads no data through the router, and the data router would add ~11 KB gzipped to every page.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
